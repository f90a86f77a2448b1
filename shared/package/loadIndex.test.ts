import { describe, expect, it } from 'vitest';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { sha256Hex } from '../crypto/sha256';
import { loadIndex } from './loadIndex';
import { MemoryRepository } from './memoryRepository';
import { MAX_DOCUMENT_BYTES } from './signedDocument';
import type { PackageRefusal } from './refusal';
import {
  buildFixtureRepository,
  createFixturePublisher,
  signatureFile,
} from './testing/packageFixture';

const publisher = createFixturePublisher();
const recipient = await identityToRecipient(await generateX25519Identity());
const repository = await buildFixtureRepository(publisher, [
  {
    id: 'gd-2026q3',
    title: 'Guangdong, 2026 Q3',
    versions: [{ version: 1, kind: 'full', tables: { brokers: '' }, recipients: [recipient] }],
  },
]);

async function refusalOf(promise: Promise<unknown>): Promise<PackageRefusal> {
  try {
    await promise;
  } catch (error) {
    return error as PackageRefusal;
  }
  throw new Error('expected a refusal');
}

/** The fixture repository with its index replaced by `index`, signed by `secretKey`. */
function withIndex(index: unknown, secretKey = publisher.secretKey): MemoryRepository {
  const copy = new MemoryRepository();
  for (const [path, bytes] of repository.files) copy.files.set(path, bytes);
  const bytes = new TextEncoder().encode(JSON.stringify(index));
  copy.files.set('index.json', bytes);
  copy.files.set('index.json.sig', signatureFile(bytes, secretKey));
  return copy;
}

interface IndexJson {
  [field: string]: unknown;
  datasets: { id: string; versions: Record<string, unknown>[] }[];
}

const goodIndex = () =>
  JSON.parse(new TextDecoder().decode(repository.files.get('index.json'))) as IndexJson;

describe('loadIndex', () => {
  it('verifies and parses a signed index', async () => {
    const { index, signer } = await loadIndex(repository, [
      createFixturePublisher().trustedKey,
      publisher.trustedKey,
    ]);
    expect(signer).toBe(publisher.trustedKey);
    expect(index.datasets[0]?.versions[0]).toMatchObject({
      version: 1,
      kind: 'full',
      path: 'packages/gd-2026q3/1/manifest.json',
    });
  });

  it('keeps unknown fields', async () => {
    const index = { ...goodIndex(), mirror: 'https://example.org/' };
    const { index: loaded } = await loadIndex(withIndex(index), [publisher.trustedKey]);
    expect(loaded.mirror).toBe('https://example.org/');
  });

  it('refuses an index signed by a key that is not pinned, or with no key pinned', async () => {
    const refusal = await refusalOf(loadIndex(repository, [createFixturePublisher().trustedKey]));
    expect(refusal.reason).toBe('signature');
    expect(refusal.dataset).toBeNull();
    expect(refusal.message).toBe(
      'repository index: the signature of index.json does not verify under any installed publisher key',
    );
    expect((await refusalOf(loadIndex(repository, []))).reason).toBe('signature');
  });

  it('refuses a changed byte even when the JSON stays valid', async () => {
    const copy = withIndex(goodIndex());
    const bytes = copy.files.get('index.json')!.slice();
    copy.files.set(
      'index.json',
      new TextEncoder().encode(new TextDecoder().decode(bytes).replace('Fixture', 'Fixturf')),
    );
    expect((await refusalOf(loadIndex(copy, [publisher.trustedKey]))).reason).toBe('signature');
  });

  it('refuses a malformed signature file as a signature refusal', async () => {
    const copy = withIndex(goodIndex());
    copy.files.set('index.json.sig', new TextEncoder().encode('c2hvcnQ=\n'));
    const refusal = await refusalOf(loadIndex(copy, [publisher.trustedKey]));
    expect(refusal.reason).toBe('signature');
    expect(refusal.detail).toMatch(
      /index\.json\.sig is malformed: an Ed25519 signature is 64 bytes/,
    );
  });

  it('refuses an index one byte over 16 MiB before reading any of it, and reads one at the limit', async () => {
    /** The good index padded with spaces (still valid JSON) to `size` bytes, validly signed. */
    const paddedTo = (size: number) => {
      const copy = withIndex(goodIndex());
      const json = copy.files.get('index.json')!;
      const bytes = new Uint8Array(size).fill(0x20);
      bytes.set(json);
      copy.files.set('index.json', bytes);
      copy.files.set('index.json.sig', signatureFile(bytes, publisher.secretKey));
      return copy;
    };
    const oversized = paddedTo(MAX_DOCUMENT_BYTES + 1);
    const reads: string[] = [];
    const read = oversized.read.bind(oversized);
    oversized.read = (path, range) => {
      reads.push(path);
      return read(path, range);
    };
    const refusal = await refusalOf(loadIndex(oversized, [publisher.trustedKey]));
    expect(refusal.reason).toBe('format');
    expect(refusal.detail).toBe('index.json is 16777217 bytes, more than the 16777216 allowed');
    expect(reads).not.toContain('index.json');

    const atLimit = await loadIndex(paddedTo(MAX_DOCUMENT_BYTES), [publisher.trustedKey]);
    expect(atLimit.index.datasets.map((dataset) => dataset.id)).toEqual(['gd-2026q3']);
  });

  it('refuses a missing index as an io refusal', async () => {
    const refusal = await refusalOf(loadIndex(new MemoryRepository(), [publisher.trustedKey]));
    expect(refusal.reason).toBe('io');
    expect(refusal.detail).toMatch(/cannot read index\.json/);
  });

  it('names the field of a schema error', async () => {
    const index = goodIndex();
    index.datasets[0]!.versions[0]!.sha256 = 'abc';
    const refusal = await refusalOf(loadIndex(withIndex(index), [publisher.trustedKey]));
    expect(refusal.reason).toBe('format');
    expect(refusal.detail).toMatch(
      /datasets\[0\]\.versions\[0\]\.sha256: expected a SHA-256 as 64 hex digits/,
    );
  });

  it.each<[string, (index: IndexJson) => void, RegExp]>([
    ['another format', (index) => (index.format = 'sandbox-index/2'), /format: .*sandbox-index\/1/],
    [
      'a timestamp without offset',
      (index) => (index.generated = '2026-11-20T08:00:00'),
      /generated: expected an ISO 8601 timestamp with offset/,
    ],
    [
      'a version 0',
      (index) => (index.datasets[0]!.versions[0]!.version = 0),
      /datasets\[0\]\.versions\[0\]\.version/,
    ],
    [
      'an unknown kind',
      (index) => (index.datasets[0]!.versions[0]!.kind = 'patch'),
      /datasets\[0\]\.versions\[0\]\.kind/,
    ],
    ['a dataset id with a slash', (index) => (index.datasets[0]!.id = 'a/b'), /datasets\[0\]\.id/],
    [
      'a path leaving the repository',
      (index) => (index.datasets[0]!.versions[0]!.path = '../manifest.json'),
      /unsafe repository path: ".." in path/,
    ],
    [
      'a dataset twice',
      (index) => index.datasets.push(index.datasets[0]!),
      /lists dataset gd-2026q3 twice/,
    ],
    [
      'a version twice',
      (index) => index.datasets[0]!.versions.push(index.datasets[0]!.versions[0]!),
      /lists this version twice/,
    ],
  ])('refuses %s', async (_, edit, detail) => {
    const index = goodIndex();
    edit(index);
    const refusal = await refusalOf(loadIndex(withIndex(index), [publisher.trustedKey]));
    expect(refusal.reason).toBe('format');
    expect(refusal.detail).toMatch(detail);
  });

  it('refuses text that is not JSON, after the signature verified', async () => {
    const copy = new MemoryRepository();
    const bytes = new TextEncoder().encode('{"format": ');
    copy.files.set('index.json', bytes);
    copy.files.set('index.json.sig', signatureFile(bytes, publisher.secretKey));
    const refusal = await refusalOf(loadIndex(copy, [publisher.trustedKey]));
    expect(refusal.reason).toBe('format');
    expect(refusal.detail).toMatch(/index\.json is not valid JSON/);
  });

  it('sorts versions ascending', async () => {
    const index = goodIndex();
    const first = index.datasets[0]!.versions[0]!;
    index.datasets[0]!.versions = [
      { ...first, version: 3, sha256: sha256Hex(new Uint8Array(1)) },
      first,
    ];
    const { index: loaded } = await loadIndex(withIndex(index), [publisher.trustedKey]);
    expect(loaded.datasets[0]!.versions.map((entry) => entry.version)).toEqual([1, 3]);
  });
});
