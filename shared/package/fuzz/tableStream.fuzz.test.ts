/**
 * Fuzzing one table's stream (issue 9): age headers and payloads with bits flipped, cut short
 * or edited; gzip streams damaged inside a valid age file; NDJSON lines replaced by anything.
 * Each case is read to its end and either verifies or is refused naming dataset, version and
 * table (and the line, for a row); never a crash, a hang, or a read that returns after a refusal.
 */
import fc from 'fast-check';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../crypto/sha256';
import { dictionaryRowChecker } from '../dictionaryRowChecker';
import { loadIndex } from '../loadIndex';
import type { LoadedManifest } from '../loadManifest';
import { loadManifest } from '../loadManifest';
import type { TableReadSummary } from '../readTableRows';
import { readTableRows } from '../readTableRows';
import { checkRecipients } from '../recipientCheck';
import type { ManifestTable } from '../schemas';
import {
  buildFixtureRepository,
  createFixturePublisher,
  encryptBytes,
  gzipBytes,
} from '../testing/packageFixture';
import { utf8Encode } from '../webStreams';
import { flipBit, fuzzParameters, fuzzSummaryLine, outcomeOf, refusalOf } from './fuzzHarness';

const identity = await generateX25519Identity();
const recipient = await identityToRecipient(identity);
const publisher = createFixturePublisher();
const instrument = (i: number) => ({
  code: `${600000 + i}.SH`,
  name: `股票${i}`,
  exchange: 'SSE',
  board: 'main',
  sector: 's',
});
const LINES = Array.from({ length: 12 }, (_, i) => JSON.stringify(instrument(i)));
const PLAINTEXT = utf8Encode(LINES.map((line) => `${line}\n`).join(''));
const TABLE_PATH = 'packages/gd/1/instruments.ndjson.gz.age';

const repository = await buildFixtureRepository(publisher, [
  {
    id: 'gd',
    title: 'GD',
    versions: [
      {
        version: 1,
        kind: 'full',
        tables: { instruments: new TextDecoder().decode(PLAINTEXT) },
        recipients: [recipient],
      },
    ],
  },
]);
const { index } = await loadIndex(repository, [publisher.trustedKey]);
const loaded: LoadedManifest = await loadManifest(
  repository,
  'gd',
  index.datasets[0]!.versions[0]!,
  [publisher.trustedKey],
);
const TABLE = loaded.manifest.tables[0]!;
const CIPHERTEXT = repository.files.get(TABLE_PATH)!;
const GZIP = await gzipBytes(PLAINTEXT);
/** End of the age header: the line after `---` starts the payload. */
const HEADER_END = (() => {
  const mac = new TextDecoder('latin1').decode(CIPHERTEXT).indexOf('\n---');
  return CIPHERTEXT.indexOf(0x0a, mac + 1) + 1;
})();

interface ReadResult {
  summary: TableReadSummary;
  rows: number;
}

/**
 * Reads the table with `file` in place of the fixture's, under a manifest entry that matches
 * `file` unless `entry` is given (so damage reaches decryption instead of the hash check).
 */
async function readWith(
  file: Uint8Array,
  rows: number,
  entry?: ManifestTable,
): Promise<ReadResult> {
  repository.files.set(TABLE_PATH, file);
  const table = entry ?? { ...TABLE, rows, bytes: file.length, sha256: sha256Hex(file) };
  const reading = readTableRows(repository, loaded, table, [identity], {
    rowChecker: await dictionaryRowChecker('instruments', null),
    batchRows: 4,
    chunkBytes: 97,
  });
  let seen = 0;
  for (;;) {
    const next = await reading.next();
    if (next.done) {
      expect(seen).toBe(next.value.rows);
      return { summary: next.value, rows: seen };
    }
    seen += next.value.rows.length;
  }
}

function expectTablePlace(refusal: { message: string }): void {
  expect(refusal.message).toMatch(/^dataset gd version 1, table instruments[:,]/);
}

afterAll(() => console.log(fuzzSummaryLine('tableStream')));

describe('fuzz: age files', () => {
  it('the untouched table reads (the damage below starts from a good file)', async () => {
    expect((await readWith(CIPHERTEXT, LINES.length)).rows).toBe(LINES.length);
  });

  it('a bit flipped anywhere in the age file is refused, whether the manifest matches it or not', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat({ max: 7 }), fc.boolean(), async (at, bit, rehash) => {
        const damaged = flipBit(CIPHERTEXT, at % CIPHERTEXT.length, bit);
        const refusal = await refusalOf(
          () => readWith(damaged, LINES.length, rehash ? undefined : TABLE),
          rehash ? 'age-bitflip' : 'age-bitflip-hash',
          rehash ? ['format', 'not-a-recipient'] : ['table-hash'],
        );
        expectTablePlace(refusal);
      }),
      fuzzParameters(300),
    );
  });

  it('a damaged recipient stanza is reported as damage (table-hash), not as "not a recipient"', async () => {
    const stanza = new TextDecoder('latin1').decode(CIPHERTEXT).indexOf('X25519');
    const refusal = await refusalOf(
      () => readWith(flipBit(CIPHERTEXT, stanza, 0), LINES.length, TABLE),
      'age-stanza',
      ['table-hash'],
    );
    expect(refusal.message).toContain('the manifest says');
    // So does the header-only recipient check that runs before any table is read.
    repository.files.set(TABLE_PATH, flipBit(CIPHERTEXT, stanza, 0));
    const early = await refusalOf(
      () => checkRecipients(repository, loaded, [identity]),
      'age-stanza',
      ['table-hash'],
    );
    expectTablePlace(early);
  });

  it('an age file cut short or with bytes appended is refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat({ max: CIPHERTEXT.length - 1 }).map((cut) => CIPHERTEXT.slice(0, cut)),
          fc
            .uint8Array({ minLength: 1, maxLength: 64 })
            .map((tail) => new Uint8Array([...CIPHERTEXT, ...tail])),
        ),
        async (damaged) => {
          expectTablePlace(await refusalOf(() => readWith(damaged, LINES.length), 'age-length'));
        },
      ),
      fuzzParameters(200),
    );
  });

  it('an edited age header (lines dropped, duplicated or rewritten) is refused', async () => {
    const header = new TextDecoder('latin1').decode(CIPHERTEXT.subarray(0, HEADER_END));
    const payload = CIPHERTEXT.subarray(HEADER_END);
    const lines = header.split('\n');
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: lines.length - 2 }),
        fc.oneof(
          fc.constant({ op: 'drop' as const }),
          fc.constant({ op: 'duplicate' as const }),
          fc.string({ maxLength: 60 }).map((text) => ({ op: 'rewrite' as const, text })),
          fc
            .constantFrom(
              'age-encryption.org/v2',
              '-> X25519',
              '-> scrypt AAAA 10',
              '-> ssh-ed25519 x y',
              '--- ',
              '-> ',
              '->  ',
            )
            .map((text) => ({ op: 'rewrite' as const, text })),
        ),
        async (line, edit) => {
          const edited = [...lines];
          if (edit.op === 'drop') edited.splice(line, 1);
          else if (edit.op === 'duplicate') edited.splice(line, 0, edited[line]!);
          else edited[line] = edit.text;
          const file = new Uint8Array([...utf8Encode(edited.join('\n')), ...payload]);
          expectTablePlace(await refusalOf(() => readWith(file, LINES.length), 'age-header'));
        },
      ),
      fuzzParameters(300),
    );
  });
});

describe('fuzz: gzip streams inside a valid age file', () => {
  it('a damaged gzip stream is refused, or (a flip in the header metadata) yields the same rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .tuple(fc.nat(), fc.nat({ max: 7 }))
            .map(([at, bit]) => flipBit(GZIP, at % GZIP.length, bit)),
          fc.nat({ max: GZIP.length - 1 }).map((cut) => GZIP.slice(0, cut)),
          fc
            .uint8Array({ minLength: 1, maxLength: 32 })
            .map((tail) => new Uint8Array([...GZIP, ...tail])),
          fc.uint8Array({ maxLength: 200 }),
        ),
        async (gzip) => {
          const file = await encryptBytes(gzip, [recipient]);
          const outcome = await outcomeOf(() => readWith(file, LINES.length), 'gzip');
          if ('accepted' in outcome) expect(outcome.accepted.rows).toBe(LINES.length);
          else expectTablePlace(outcome.refused);
        },
      ),
      fuzzParameters(300),
    );
  });
});

/** Text a line may be replaced by: JSON of any shape, broken JSON, control characters. */
const hostileLine = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', '{', '}', '[]', 'null', '{"code":', '\r', '{}\r', '\u2028', '{"a":1}{"b":2}'),
  fc
    .record({
      key: fc.constantFrom('code', 'name', 'exchange', 'board', 'sector'),
      value: fc.jsonValue({ maxDepth: 1 }),
    })
    .map(({ key, value }) => JSON.stringify({ ...instrument(99), [key]: value })),
);

describe('fuzz: NDJSON lines', () => {
  it('a line replaced, inserted or removed is accepted with the right count or refused naming its line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: LINES.length }),
        fc.constantFrom('replace', 'insert', 'join', 'bad-utf8', 'no-final-lf', 'blank-end'),
        hostileLine,
        fc.boolean(),
        async (at, op, text, statedRight) => {
          const lines = [...LINES];
          const line = Math.min(at, lines.length - 1);
          if (op === 'replace') lines[line] = text;
          else if (op === 'insert') lines.splice(at, 0, text);
          else if (op === 'join') lines.splice(line, 2, `${lines[line]}${lines[line + 1] ?? ''}`);
          let body = utf8Encode(lines.map((l) => `${l}\n`).join(''));
          if (op === 'bad-utf8') {
            const offset = utf8Encode(
              lines
                .slice(0, line)
                .map((l) => `${l}\n`)
                .join(''),
            ).length;
            body = new Uint8Array([
              ...body.subarray(0, offset + 2),
              0xc3,
              0x28,
              ...body.subarray(offset + 2),
            ]);
          }
          if (op === 'no-final-lf') body = body.subarray(0, body.length - 1);
          if (op === 'blank-end') body = new Uint8Array([...body, 0x0a]);
          const file = await encryptBytes(await gzipBytes(body), [recipient]);
          // The manifest's count is the line count, or one off when `statedRight` is false.
          const stated = lines.length + (statedRight ? 0 : 1);
          const outcome = await outcomeOf(() => readWith(file, stated), `ndjson-${op}`);
          if ('accepted' in outcome) {
            expect(outcome.accepted.rows).toBe(stated);
            return;
          }
          const { refused } = outcome;
          expectTablePlace(refused);
          if (
            refused.reason === 'row-invalid' ||
            (refused.reason === 'format' && refused.line !== undefined)
          ) {
            expect(refused.line).toBeGreaterThanOrEqual(1);
            expect(refused.line).toBeLessThanOrEqual(lines.length + 1);
            expect(refused.message).toContain(`line ${refused.line}`);
          }
          if (op === 'bad-utf8') expect(refused.line).toBe(line + 1);
          if (op === 'blank-end') expect(refused.line).toBe(lines.length + 1);
        },
      ),
      fuzzParameters(500),
    );
  });
});
