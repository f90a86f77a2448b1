import { describe, expect, it } from 'vitest';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { sha256Hex } from '../crypto/sha256';
import { dictionaryRowChecker } from './dictionaryRowChecker';
import { loadIndex } from './loadIndex';
import type { LoadedManifest } from './loadManifest';
import { loadManifest } from './loadManifest';
import { MemoryRepository } from './memoryRepository';
import type {
  ReadTableOptions,
  RowBatch,
  TableReadProgress,
  TableReadSummary,
} from './readTableRows';
import { readTableRows } from './readTableRows';
import { checkRecipients } from './recipientCheck';
import type { PackageRefusal } from './refusal';
import type { FixtureVersion } from './testing/packageFixture';
import {
  buildFixtureRepository,
  createFixturePublisher,
  encryptBytes,
  gzipBytes,
} from './testing/packageFixture';

const identity = await generateX25519Identity();
const otherIdentity = await generateX25519Identity();
const recipient = await identityToRecipient(identity);
const publisher = createFixturePublisher();

const instrument = (i: number) => ({
  code: `${600000 + i}.SH`,
  name: `股票${i}`,
  exchange: 'SSE',
  board: 'main',
  sector: 's',
});
const ndjson = (rows: readonly object[]) => rows.map((row) => `${JSON.stringify(row)}\n`).join('');
const INSTRUMENTS = Array.from({ length: 25 }, (_, i) => instrument(i));

interface Fixture {
  repository: MemoryRepository;
  loaded: LoadedManifest;
  path: string;
}

async function fixture(
  tableText: string,
  version: Partial<FixtureVersion> = {},
  repository = new MemoryRepository(),
): Promise<Fixture> {
  await buildFixtureRepository(
    publisher,
    [
      {
        id: 'gd',
        title: 'GD',
        versions: [
          {
            version: 1,
            kind: 'full',
            tables: { instruments: tableText },
            recipients: [recipient],
            ...version,
          },
        ],
      },
    ],
    repository,
  );
  const { index } = await loadIndex(repository, [publisher.trustedKey]);
  const loaded = await loadManifest(repository, 'gd', index.datasets[0]!.versions[0]!, [
    publisher.trustedKey,
  ]);
  return { repository, loaded, path: 'packages/gd/1/instruments.ndjson.gz.age' };
}

interface Outcome {
  batches: RowBatch[];
  summary: TableReadSummary | null;
  refusal: PackageRefusal | null;
}

/** Runs the generator to its end, keeping what it yielded, what it returned and what it threw. */
async function readAll(
  f: Fixture,
  identities = [identity],
  options: ReadTableOptions = {},
): Promise<Outcome> {
  const outcome: Outcome = { batches: [], summary: null, refusal: null };
  const rows = readTableRows(
    f.repository,
    f.loaded,
    f.loaded.manifest.tables[0]!,
    identities,
    options,
  );
  try {
    for (let next = await rows.next(); ; next = await rows.next()) {
      if (next.done) {
        outcome.summary = next.value;
        break;
      }
      outcome.batches.push(next.value);
    }
  } catch (error) {
    outcome.refusal = error as PackageRefusal;
  }
  return outcome;
}

/** A fixture whose table file is `plaintext` encrypted as is, with a manifest entry that matches it. */
async function withTableFile(plaintext: Uint8Array, rows: number) {
  const f = await fixture('');
  const bytes = await encryptBytes(plaintext, [recipient]);
  f.repository.files.set(f.path, bytes);
  return {
    f,
    table: { ...f.loaded.manifest.tables[0]!, rows, bytes: bytes.length, sha256: sha256Hex(bytes) },
  };
}

const instrumentChecker = () => dictionaryRowChecker('instruments', null);

describe('readTableRows', () => {
  it('streams every row in batches, then returns the verified summary', async () => {
    const f = await fixture(ndjson(INSTRUMENTS));
    const progress: TableReadProgress[] = [];
    const outcome = await readAll(f, [otherIdentity, identity], {
      batchRows: 10,
      onProgress: (p) => progress.push(p),
    });
    expect(outcome.refusal).toBeNull();
    expect(outcome.batches.map((batch) => [batch.firstLine, batch.rows.length])).toEqual([
      [1, 10],
      [11, 10],
      [21, 5],
    ]);
    expect(outcome.batches.flatMap((batch) => batch.rows)).toEqual(INSTRUMENTS);
    const table = f.loaded.manifest.tables[0]!;
    expect(outcome.summary).toEqual({
      table: 'instruments',
      rows: 25,
      bytes: table.bytes,
      sha256: table.sha256,
    });
    expect(progress.at(-1)).toEqual({
      table: 'instruments',
      bytesRead: table.bytes,
      totalBytes: table.bytes,
      rows: 25,
    });
  });

  it('reads in short ranges when the host returns less than asked', async () => {
    const f = await fixture(ndjson(INSTRUMENTS), {}, new MemoryRepository(7));
    const outcome = await readAll(f, [identity], { chunkBytes: 50 });
    expect(outcome.refusal).toBeNull();
    expect(outcome.summary?.rows).toBe(25);
  });

  it('accepts a last line without LF and an empty table', async () => {
    const noFinalNewline = await readAll(await fixture(ndjson(INSTRUMENTS).trimEnd()));
    expect(noFinalNewline.summary?.rows).toBe(25);
    const empty = await readAll(await fixture(''));
    expect(empty.summary?.rows).toBe(0);
    expect(empty.batches).toEqual([]);
  });

  it('refuses a flipped bit as table-hash, never reporting success', async () => {
    const f = await fixture(ndjson(Array.from({ length: 3000 }, (_, i) => instrument(i))));
    const bytes = f.repository.files.get(f.path)!.slice();
    bytes[Math.floor(bytes.length / 2)]! ^= 0x10;
    f.repository.files.set(f.path, bytes);
    const outcome = await readAll(f, [identity], { batchRows: 100 });
    expect(outcome.summary).toBeNull();
    expect(outcome.refusal?.reason).toBe('table-hash');
    expect(outcome.refusal?.table).toBe('instruments');
    expect(outcome.refusal?.message).toMatch(
      /^dataset gd version 1, table instruments: .* has SHA-256 [0-9a-f]{64}, the manifest says/,
    );
  });

  it('refuses a flipped bit in the age header as table-hash too', async () => {
    const f = await fixture(ndjson(INSTRUMENTS));
    const bytes = f.repository.files.get(f.path)!.slice();
    // Inside the header MAC line ("--- …"), so the file key unwraps but the header does not verify.
    const macAt = new TextDecoder().decode(bytes.subarray(0, 300)).indexOf('--- ') + 6;
    bytes[macAt]! ^= 0x01;
    f.repository.files.set(f.path, bytes);
    const outcome = await readAll(f);
    expect(outcome.refusal?.reason).toBe('table-hash');
    expect(outcome.batches).toEqual([]);
  });

  it('refuses a truncated file by its size before decrypting', async () => {
    const f = await fixture(ndjson(INSTRUMENTS));
    const bytes = f.repository.files.get(f.path)!;
    f.repository.files.set(f.path, bytes.slice(0, bytes.length - 20));
    const outcome = await readAll(f);
    expect(outcome.refusal?.reason).toBe('table-size');
    expect(outcome.refusal?.detail).toMatch(/is \d+ bytes, the manifest says \d+/);
    expect(outcome.batches).toEqual([]);
  });

  it('refuses a file not encrypted to any held identity before any row', async () => {
    const outcome = await readAll(await fixture(ndjson(INSTRUMENTS)), [otherIdentity], {
      batchRows: 1,
    });
    expect(outcome.batches).toEqual([]);
    expect(outcome.refusal?.reason).toBe('not-a-recipient');
    expect(outcome.refusal?.detail).toMatch(
      /is not encrypted to the identity this workstation holds \(recipient stanzas: X25519\)/,
    );
    const none = await readAll(await fixture(''), []);
    expect(none.refusal?.reason).toBe('not-a-recipient');
    const malformed = await readAll(await fixture(''), ['AGE-SECRET-KEY-1NOTAKEY']);
    expect(malformed.refusal).toMatchObject({
      reason: 'not-a-recipient',
      detail: expect.stringMatching(/^identity 1 is not a usable age identity/),
    });
  });

  it('checks every table header up front with checkRecipients', async () => {
    const f = await fixture(ndjson(INSTRUMENTS));
    await expect(checkRecipients(f.repository, f.loaded, [identity])).resolves.toBeUndefined();
    await expect(checkRecipients(f.repository, f.loaded, [otherIdentity])).rejects.toMatchObject({
      reason: 'not-a-recipient',
      table: 'instruments',
    });
  });

  it('refuses more rows than the manifest says as soon as they appear', async () => {
    const f = await fixture(ndjson(INSTRUMENTS), {
      editManifest: (m) => ((m.tables as { rows: number }[])[0]!.rows = 5),
    });
    const outcome = await readAll(f, [identity], { batchRows: 2 });
    expect(outcome.refusal?.reason).toBe('row-count');
    expect(outcome.summary).toBeNull();
    expect(outcome.batches.flatMap((batch) => batch.rows)).toHaveLength(4);
  });

  it('refuses fewer rows than the manifest says at the end', async () => {
    const f = await fixture(ndjson(INSTRUMENTS), {
      editManifest: (m) => ((m.tables as { rows: number }[])[0]!.rows = 26),
    });
    const outcome = await readAll(f);
    expect(outcome.refusal?.reason).toBe('row-count');
    expect(outcome.refusal?.detail).toBe('the table has 25 rows, the manifest says 26');
    expect(outcome.summary).toBeNull();
  });

  it('refuses an unknown enum value on line 3, naming table, line and column', async () => {
    const rows = INSTRUMENTS.slice(0, 5).map((row, i) =>
      i === 2 ? { ...row, exchange: 'NYSE' } : row,
    );
    const outcome = await readAll(await fixture(ndjson(rows)), [identity], {
      rowChecker: await instrumentChecker(),
    });
    expect(outcome.refusal?.reason).toBe('row-invalid');
    expect(outcome.refusal).toMatchObject({
      dataset: 'gd',
      version: 1,
      table: 'instruments',
      line: 3,
      column: 'exchange',
    });
    expect(outcome.refusal?.message).toBe(
      'dataset gd version 1, table instruments, line 3, column "exchange": unknown value "NYSE" (expected one of SSE, SZSE, BSE)',
    );
    expect(outcome.batches).toEqual([]);
  });

  it.each<[string, string, number, RegExp]>([
    ['an empty line in the middle', '{"a":1}\n\n{"a":2}\n', 2, /empty line/],
    ['two LFs at the end', '{"a":1}\n\n', 2, /empty line/],
    ['a line that is not JSON', '{"a":1}\n{"a":\n', 2, /not valid JSON/],
    ['a line that is an array', '{"a":1}\n[1]\n', 2, /not a JSON object/],
  ])('refuses %s with its line number', async (_, text, line, detail) => {
    const outcome = await readAll(await fixture(text));
    expect(outcome.refusal).toMatchObject({ reason: 'format', line });
    expect(outcome.refusal?.detail).toMatch(detail);
  });

  it('refuses text that is not UTF-8, naming the line', async () => {
    const latin1 = Uint8Array.from([
      ...new TextEncoder().encode('{"a":1}\n{"a":"'),
      0xe9,
      ...new TextEncoder().encode('"}\n'),
    ]);
    const { f, table } = await withTableFile(await gzipBytes(latin1), 2);
    const rows = readTableRows(f.repository, f.loaded, table, [identity]);
    await expect(rows.next()).rejects.toMatchObject({
      reason: 'format',
      line: 2,
      detail: 'the text is not valid UTF-8',
    });
  });

  it('refuses a well-signed file that is not gzip as format', async () => {
    const { f, table } = await withTableFile(new TextEncoder().encode('{"not":"gzipped"}\n'), 1);
    const rows = readTableRows(f.repository, f.loaded, table, [identity]);
    await expect(rows.next()).rejects.toMatchObject({
      reason: 'format',
      detail: expect.stringMatching(/cannot decrypt or decompress/),
    });
  });

  it('stops when the signal aborts, with its reason', async () => {
    const f = await fixture(ndjson(INSTRUMENTS));
    const controller = new AbortController();
    const rows = readTableRows(f.repository, f.loaded, f.loaded.manifest.tables[0]!, [identity], {
      batchRows: 5,
      signal: controller.signal,
    });
    expect((await rows.next()).done).toBe(false);
    controller.abort(new Error('user cancelled'));
    await expect(rows.next()).rejects.toThrow('user cancelled');
  });

  it('lets the consumer stop early without errors', async () => {
    const f = await fixture(ndjson(INSTRUMENTS));
    for await (const batch of readTableRows(
      f.repository,
      f.loaded,
      f.loaded.manifest.tables[0]!,
      [identity],
      { batchRows: 5 },
    )) {
      expect(batch.firstLine).toBe(1);
      break;
    }
  });
});
