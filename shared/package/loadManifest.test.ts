import { describe, expect, it } from 'vitest';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { sha256Hex } from '../crypto/sha256';
import { loadIndex } from './loadIndex';
import { loadManifest, tableRepositoryPath } from './loadManifest';
import type { PackageRefusal } from './refusal';
import type { FixtureVersion } from './testing/packageFixture';
import { buildFixtureRepository, createFixturePublisher } from './testing/packageFixture';

const publisher = createFixturePublisher();
const recipient = await identityToRecipient(await generateX25519Identity());
const keys = [publisher.trustedKey];

async function repositoryWith(version: Partial<FixtureVersion>) {
  const repository = await buildFixtureRepository(publisher, [
    {
      id: 'gd',
      title: 'GD',
      versions: [
        {
          version: 1,
          kind: 'full',
          tables: { brokers: '{"id":"B1","name":"x","region":"440300"}\n' },
          recipients: [recipient],
          ...version,
        },
      ],
    },
  ]);
  const { index } = await loadIndex(repository, keys);
  return { repository, entry: index.datasets[0]!.versions[0]! };
}

async function refusalOf(promise: Promise<unknown>): Promise<PackageRefusal> {
  try {
    await promise;
  } catch (error) {
    return error as PackageRefusal;
  }
  throw new Error('expected a refusal');
}

describe('loadManifest', () => {
  it('loads a manifest that matches its index entry and signature', async () => {
    const { repository, entry } = await repositoryWith({});
    const loaded = await loadManifest(repository, 'gd', entry, keys);
    expect(loaded.folder).toBe('packages/gd/1');
    expect(loaded.manifest.tables[0]).toMatchObject({ name: 'brokers', rows: 1 });
    expect(tableRepositoryPath(loaded, loaded.manifest.tables[0]!)).toBe(
      'packages/gd/1/brokers.ndjson.gz.age',
    );
  });

  it('refuses a manifest whose SHA-256 differs from the index', async () => {
    const { repository, entry } = await repositoryWith({});
    const refusal = await refusalOf(
      loadManifest(repository, 'gd', { ...entry, sha256: sha256Hex(new Uint8Array(3)) }, keys),
    );
    expect(refusal.reason).toBe('manifest-hash');
    expect(refusal.message).toMatch(
      /^dataset gd version 1: packages\/gd\/1\/manifest\.json has SHA-256 [0-9a-f]{64}, the index says/,
    );
  });

  it('refuses a manifest whose signature does not verify', async () => {
    const { repository, entry } = await repositoryWith({});
    const refusal = await refusalOf(
      loadManifest(repository, 'gd', entry, [createFixturePublisher().trustedKey]),
    );
    expect(refusal.reason).toBe('signature');
    expect(refusal.message).toBe(
      'dataset gd version 1: the signature of packages/gd/1/manifest.json does not verify under any installed publisher key',
    );
  });

  it.each<[string, Partial<FixtureVersion>, RegExp]>([
    [
      'another dataset',
      { editManifest: (m) => (m.dataset = 'sz') },
      /disagrees with the index: it names dataset sz/,
    ],
    ['another version', { editManifest: (m) => (m.version = 2) }, /it names version 2/],
    [
      'another kind',
      { editManifest: (m) => Object.assign(m, { kind: 'delta', base: 1 }) },
      /it names kind delta \(the index says full\)/,
    ],
    [
      'a delta without base',
      { kind: 'delta', editManifest: (m) => delete m.base },
      /a delta manifest must name its base version/,
    ],
    [
      'a delta on a later version',
      { version: 1, kind: 'delta', base: 1 },
      /must be older than the delta/,
    ],
    [
      'tombstones in a full version',
      { tables: { tombstones: '' } },
      /only a delta may carry tombstones/,
    ],
    [
      'a table path leaving the package',
      {
        editManifest: (m) =>
          ((m.tables as { path: string }[])[0]!.path = '../2/brokers.ndjson.gz.age'),
      },
      /unsafe repository path: ".."/,
    ],
    [
      'an absolute table path',
      { editManifest: (m) => ((m.tables as { path: string }[])[0]!.path = '/etc/passwd') },
      /absolute path/,
    ],
    [
      'a table listed twice',
      { editManifest: (m) => (m.tables as unknown[]).push((m.tables as unknown[])[0]) },
      /lists this table twice/,
    ],
    [
      'another dictionary',
      { editManifest: (m) => (m.dictionary = 'sandbox-dictionary/2') },
      /dictionary: .*sandbox-dictionary\/1/,
    ],
    [
      'a negative row count',
      { editManifest: (m) => ((m.tables as { rows: number }[])[0]!.rows = -1) },
      /tables\[0\]\.rows/,
    ],
    ['a missing retention deadline', { editManifest: (m) => delete m.expires }, /expires/],
  ])('refuses %s', async (_, version, detail) => {
    const { repository, entry } = await repositoryWith(version);
    const refusal = await refusalOf(loadManifest(repository, 'gd', entry, keys));
    expect(refusal.reason).toBe('format');
    expect(refusal.detail).toMatch(detail);
  });

  it('accepts unknown fields and tables outside the dictionary', async () => {
    const { repository, entry } = await repositoryWith({
      tables: { brokers: '', broker_ratings: '' },
      editManifest: (m) => (m.contact = 'sandbox@example.org'),
    });
    const loaded = await loadManifest(repository, 'gd', entry, keys);
    expect(loaded.manifest.contact).toBe('sandbox@example.org');
    expect(loaded.manifest.tables.map((table) => table.name)).toEqual([
      'brokers',
      'broker_ratings',
    ]);
  });
});
