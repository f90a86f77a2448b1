import { generateIdentity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { collectRows, type AnalysisDataset } from '../../shared/analytics/dataset';
import {
  buildFixtureRepository,
  createFixturePublisher,
} from '../../shared/package/testing/packageFixture';
import { pullAndAnalyse } from './pullAndAnalyse';

const ndjson = (rows: object[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
const region = { code: '440100', name: '广州市', level: 'city', centroid: [113.3, 23.1] };
const broker = { id: 'B01', name: '粤海证券', region: '440100' };
const branch = { id: 'BR1', broker: 'B01', name: '天河营业部', region: '440100' };
const account = (id: string, status = 'active') => ({
  id,
  broker: 'B01',
  branch: 'BR1',
  region: '440100',
  kind: 'individual',
  opened: '2020-01-02',
  risk_level: 'C3',
  holder_masked: '张*',
  status,
});
const base = { regions: ndjson([region]), brokers: ndjson([broker]), branches: ndjson([branch]) };

async function repositoryOf(
  versions: Array<{ kind: 'full' | 'delta'; tables: Record<string, string> }>,
) {
  const publisher = createFixturePublisher();
  const identity = await generateIdentity();
  const recipients = [await identityToRecipient(identity)];
  const repository = await buildFixtureRepository(publisher, [
    {
      id: 'gd',
      title: 'Guangdong',
      versions: versions.map((version, i) => ({
        version: i + 1,
        ...(version.kind === 'delta' ? { base: i } : {}),
        kind: version.kind,
        recipients,
        tables: version.tables,
      })),
    },
  ]);
  return { repository, keys: [publisher.trustedKey], identities: [identity] };
}

const accountStates = async (dataset: AnalysisDataset) =>
  (await collectRows(dataset, 'accounts')).map((row) => `${row.id}:${row.status}`).sort();

describe('analyze: pulling and analysing as the rows stream', () => {
  it('streams the newest full version into the analysis after checking the older one', async () => {
    const { repository, keys, identities } = await repositoryOf([
      { kind: 'full', tables: { ...base, accounts: ndjson([account('A1'), account('A2')]) } },
      { kind: 'full', tables: { ...base, accounts: ndjson([account('A3'), account('A4')]) } },
    ]);
    const lines: string[] = [];
    const [result] = await pullAndAnalyse(
      repository,
      keys,
      identities,
      (line) => lines.push(line),
      accountStates,
    );
    expect(result).toMatchObject({ versions: [1, 2], streamed: true });
    expect(result!.result).toEqual(['A3:active', 'A4:active']);
    expect(lines).toHaveLength(2);
  });

  it('applies a delta’s upserts and tombstones before analysing', async () => {
    const { repository, keys, identities } = await repositoryOf([
      { kind: 'full', tables: { ...base, accounts: ndjson([account('A1'), account('A2')]) } },
      {
        kind: 'delta',
        tables: {
          accounts: ndjson([account('A1', 'dormant'), account('A3')]),
          tombstones: ndjson([{ table: 'accounts', id: 'A2' }]),
        },
      },
    ]);
    const [result] = await pullAndAnalyse(repository, keys, identities, () => {}, accountStates);
    expect(result).toMatchObject({ versions: [1, 2], streamed: false });
    expect(result!.result).toEqual(['A1:dormant', 'A3:active']);
  });

  it('refuses, and gives no analysis, when a table after the ones already analysed fails its checks', async () => {
    const { repository, keys, identities } = await repositoryOf([
      {
        kind: 'full',
        tables: {
          ...base,
          accounts: ndjson([account('A1')]),
          instruments: ndjson([{ code: '600000.SH' }]),
        },
      },
    ]);
    let analysed = false;
    await expect(
      pullAndAnalyse(
        repository,
        keys,
        identities,
        () => {},
        async (dataset) => {
          await accountStates(dataset);
          await collectRows(dataset, 'instruments');
          analysed = true;
        },
      ),
    ).rejects.toMatchObject({ reason: 'row-invalid', table: 'instruments' });
    expect(analysed).toBe(false);
  });
});
