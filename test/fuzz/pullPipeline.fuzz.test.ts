/**
 * Fuzzing the Node pull pipeline behind `npm run analyze` (issue 9): one byte of one file of a
 * signed repository damaged, or the file cut short. The pull must be refused naming the
 * damaged file's dataset and version, and keep nothing of that version: no analysis result
 * comes back and the version is never logged as applied.
 */
import fc from 'fast-check';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { afterAll, describe, expect, it } from 'vitest';
import { pullAndAnalyse } from '../../scripts/analyze/pullAndAnalyse';
import { MemoryRepository } from '../../shared/package/memoryRepository';
import {
  flipBit,
  fuzzParameters,
  fuzzSummaryLine,
  refusalOf,
} from '../../shared/package/fuzz/fuzzHarness';
import {
  buildFixtureRepository,
  createFixturePublisher,
} from '../../shared/package/testing/packageFixture';

const ndjson = (rows: object[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
const region = { code: '440100', name: '广州市', level: 'city', centroid: [113.3, 23.1] };
const broker = { id: 'B01', name: '粤海证券', region: '440100' };
const branch = { id: 'BR1', broker: 'B01', name: '天河营业部', region: '440100' };
const account = (id: string) => ({
  id,
  broker: 'B01',
  branch: 'BR1',
  region: '440100',
  kind: 'individual',
  opened: '2020-01-02',
  risk_level: 'C3',
  holder_masked: '张*',
  status: 'active',
});

const publisher = createFixturePublisher();
const identity = await generateIdentity();
const recipients = [await identityToRecipient(identity)];
const full = (version: number) => ({
  version,
  kind: 'full' as const,
  recipients,
  tables: {
    regions: ndjson([region]),
    brokers: ndjson([broker]),
    branches: ndjson([branch]),
    accounts: ndjson([account('A1'), account('A2')]),
  },
});
const base = await buildFixtureRepository(publisher, [
  {
    // A full version then a delta: pulled into memory, upserts and tombstones applied.
    id: 'gd',
    title: 'Guangdong',
    versions: [
      full(1),
      {
        version: 2,
        kind: 'delta',
        base: 1,
        recipients,
        tables: {
          accounts: ndjson([{ ...account('A1'), status: 'dormant' }, account('A3')]),
          tombstones: ndjson([{ table: 'accounts', id: 'A2' }]),
        },
      },
    ],
  },
  // Two full versions: the last one streams into the analysis as it is read.
  { id: 'sz', title: 'Shenzhen', versions: [full(1), full(2)] },
]);
const FILES = [...base.files.keys()].sort();

async function pull(repository: MemoryRepository, log: string[]) {
  return pullAndAnalyse(
    repository,
    [publisher.trustedKey],
    [identity],
    (line) => log.push(line),
    async (dataset) => {
      let accounts = 0;
      for await (const batch of dataset.batches('accounts')) accounts += batch.length;
      return accounts;
    },
  );
}

afterAll(() => console.log(fuzzSummaryLine('pullPipeline')));

describe('fuzz: pulling a damaged repository for analysis', () => {
  it('the untouched repository pulls (the damage below starts from a good one)', async () => {
    const log: string[] = [];
    const results = await pull(base, log);
    expect(results.map((r) => [r.datasetId, r.versions, r.result])).toEqual([
      ['gd', [1, 2], 2],
      ['sz', [1, 2], 2],
    ]);
  });

  it('one damaged file refuses the pull, names its dataset and version, and keeps nothing of it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FILES),
        fc.nat(),
        fc.nat({ max: 7 }),
        fc.boolean(),
        async (path, at, bit, truncate) => {
          const repository = new MemoryRepository();
          for (const [name, bytes] of base.files) repository.files.set(name, bytes);
          const bytes = base.files.get(path)!;
          // A .sig ends in base64 padding and a newline, whose spare bits decode to nothing.
          const span = path.endsWith('.sig') ? bytes.length - 4 : bytes.length;
          repository.files.set(
            path,
            truncate
              ? // Cutting only a .sig's final newline leaves the same signature: cut into the base64.
                bytes.slice(0, at % (path.endsWith('.sig') ? bytes.length - 1 : bytes.length))
              : flipBit(bytes, at % span, bit),
          );
          const log: string[] = [];
          const refusal = await refusalOf(() => pull(repository, log), 'pull-damaged-file');
          const inPackage = /^packages\/([^/]+)\/(\d+)\//.exec(path);
          if (inPackage === null) {
            expect(refusal.dataset).toBeNull();
            expect(log).toEqual([]);
            return;
          }
          const [, dataset, version] = inPackage;
          expect(refusal.dataset).toBe(dataset);
          expect(refusal.version).toBe(Number(version));
          expect(refusal.message).toMatch(new RegExp(`^dataset ${dataset} version ${version}[:,]`));
          // Damage is reported as damage, not as a package encrypted to someone else.
          expect(refusal.reason).not.toBe('not-a-recipient');
          expect(log.some((line) => line.startsWith(`${dataset} version ${version} `))).toBe(false);
        },
      ),
      fuzzParameters(60),
    );
  });
});
