import { generateIdentity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import {
  buildFixtureRepository,
  createFixturePublisher,
} from '../../shared/package/testing/packageFixture';
import { pullIntoMemory } from './pullIntoMemory';

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

describe('analyze: pulling a repository into memory', () => {
  it('applies a full version, then a delta with an upsert and a tombstone', async () => {
    const publisher = createFixturePublisher();
    const identity = await generateIdentity();
    const recipients = [await identityToRecipient(identity)];
    const repository = await buildFixtureRepository(publisher, [
      {
        id: 'gd',
        title: 'Guangdong',
        versions: [
          {
            version: 1,
            kind: 'full',
            recipients,
            tables: {
              regions: ndjson([region]),
              brokers: ndjson([broker]),
              branches: ndjson([branch]),
              accounts: ndjson([account('A1'), account('A2')]),
            },
          },
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
    ]);
    const lines: string[] = [];
    const [report] = await pullIntoMemory(repository, [publisher.trustedKey], [identity], (line) =>
      lines.push(line),
    );
    expect(report?.versions).toEqual([1, 2]);
    const accounts = [...report!.dataset.rows('accounts')].map((row) => [row.id, row.status]);
    expect(accounts.sort()).toEqual([
      ['A1', 'dormant'],
      ['A3', 'active'],
    ]);
    expect(lines).toHaveLength(2);
  });

  it('refuses a repository signed by a key that is not trusted', async () => {
    const identity = await generateIdentity();
    const repository = await buildFixtureRepository(createFixturePublisher(), [
      {
        id: 'gd',
        title: 'G',
        versions: [
          {
            version: 1,
            kind: 'full',
            recipients: [await identityToRecipient(identity)],
            tables: { regions: ndjson([region]) },
          },
        ],
      },
    ]);
    await expect(
      pullIntoMemory(repository, [createFixturePublisher().trustedKey], [identity], () => {}),
    ).rejects.toMatchObject({ reason: 'signature' });
  });
});
