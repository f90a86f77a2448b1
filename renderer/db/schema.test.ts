import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkstationDatabase } from './database';
import { openWorkstationDatabase } from './database';
import { LATEST_VERSION } from './migrations';

/** The schema at the latest version, written out by hand in Dexie notation. */
const EXPECTED_STORES: Record<string, { primaryKey: string; indexes: string[] }> = {
  regions: { primaryKey: '[dataset+code]', indexes: ['dataset', 'level', 'parent'] },
  region_shapes: { primaryKey: '[dataset+code]', indexes: ['dataset'] },
  brokers: { primaryKey: '[dataset+id]', indexes: ['dataset'] },
  branches: { primaryKey: '[dataset+id]', indexes: ['dataset', 'region', 'broker'] },
  accounts: { primaryKey: '[dataset+id]', indexes: ['dataset', '[dataset+region]'] },
  instruments: { primaryKey: '[dataset+code]', indexes: ['dataset'] },
  events: { primaryKey: '[dataset+id]', indexes: ['dataset', 'instrument'] },
  insiders: { primaryKey: '[dataset+event+account]', indexes: ['dataset', 'account', 'event'] },
  alerts: {
    primaryKey: '[dataset+id]',
    indexes: [
      'dataset',
      'typology',
      'score',
      'created',
      '[typology+score]',
      '*accounts',
      '*instruments',
    ],
  },
  rules: { primaryKey: '[dataset+id]', indexes: ['dataset'] },
  violation_cases: { primaryKey: '[dataset+id]', indexes: ['dataset', 'typology', 'region'] },
  chunks: {
    primaryKey: '[generation+table+seq]',
    indexes: ['[generation+table]', '*instruments'],
  },
  accountPostings: { primaryKey: '[generation+table+bucket+part]', indexes: [] },
  sources: { primaryKey: 'id', indexes: ['fingerprint'] },
  datasets: { primaryKey: 'id', indexes: ['sourceId', 'expires'] },
  datasetVersions: { primaryKey: '[dataset+version]', indexes: ['dataset'] },
  imports: { primaryKey: '++id', indexes: ['dataset', 'state', '[dataset+version]'] },
  annotations: {
    primaryKey: 'id',
    indexes: [
      'alertId',
      '[dataset+alertId]',
      'dataset',
      'disposition',
      'typology',
      'status',
      'author',
      'updatedAt',
      '*tags',
    ],
  },
  cases: {
    primaryKey: 'id',
    indexes: ['status', 'owner', 'updatedAt', '*alertIds', '*accountIds'],
  },
  reports: { primaryKey: 'id', indexes: ['caseId', 'kind', 'status', 'updatedAt'] },
  reportVersions: { primaryKey: '[reportId+version]', indexes: ['reportId'] },
  audit: { primaryKey: '++seq', indexes: ['ts', 'actor', 'action', '[entity+entityId]'] },
  settings: { primaryKey: 'key', indexes: [] },
  keys: { primaryKey: 'name', indexes: ['kind'] },
  users: { primaryKey: 'id', indexes: ['role'] },
  alertStates: {
    primaryKey: '[dataset+alertId]',
    indexes: ['dataset', 'status', 'assignee', 'labelStatus', 'updatedAt'],
  },
  localAlerts: { primaryKey: '[dataset+id]', indexes: ['dataset', 'typology', 'created'] },
  evidence: { primaryKey: 'id', indexes: ['caseId', 'kind', 'createdAt'] },
  savedViews: { primaryKey: 'id', indexes: ['owner', 'name'] },
  reviewRequests: {
    primaryKey: 'id',
    indexes: ['[dataset+alertId]', 'status', 'requestedBy', 'createdAt'],
  },
  drafts: { primaryKey: 'key', indexes: ['updatedAt'] },
  riskModels: { primaryKey: 'id', indexes: ['trainedAt'] },
};

/** What IndexedDB itself should hold for a key or index written in Dexie notation. */
function idbShape(source: string): {
  keyPath: string | string[];
  multiEntry: boolean;
  autoIncrement: boolean;
} {
  const autoIncrement = source.startsWith('++');
  const multiEntry = source.startsWith('*');
  const path = source.replace(/^(\+\+|\*)/, '');
  const keyPath = path.startsWith('[') ? path.slice(1, -1).split('+') : path;
  return { keyPath, multiEntry, autoIncrement };
}

let db: WorkstationDatabase | undefined;
afterEach(() => db?.close());

describe('a database created from nothing', () => {
  it('is at the latest version', async () => {
    db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(db.name).toBe('examiner-workstation');
  });

  it('has exactly the expected tables, with their primary keys and indexes as Dexie sees them', async () => {
    db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      Object.keys(EXPECTED_STORES).sort(),
    );
    for (const table of db.tables) {
      const expected = EXPECTED_STORES[table.name];
      expect(table.schema.primKey.src, table.name).toBe(expected?.primaryKey);
      expect(table.schema.indexes.map((index) => index.src).sort(), table.name).toEqual(
        [...(expected?.indexes ?? [])].sort(),
      );
    }
  });

  it('has the same key paths and indexes in IndexedDB itself', async () => {
    db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const idb = db.backendDB();
    const storeNames = [...idb.objectStoreNames];
    expect(storeNames.sort()).toEqual(Object.keys(EXPECTED_STORES).sort());
    const transaction = idb.transaction(storeNames, 'readonly');
    for (const [name, expected] of Object.entries(EXPECTED_STORES)) {
      const store = transaction.objectStore(name);
      const primaryKey = idbShape(expected.primaryKey);
      expect(store.keyPath, name).toEqual(primaryKey.keyPath);
      expect(store.autoIncrement, name).toBe(primaryKey.autoIncrement);
      expect(store.indexNames.length, name).toBe(expected.indexes.length);
      for (const source of expected.indexes) {
        const shape = idbShape(source);
        const indexName = Array.isArray(shape.keyPath)
          ? `[${shape.keyPath.join('+')}]`
          : shape.keyPath;
        const index = store.index(indexName);
        expect(index.keyPath, `${name}.${indexName}`).toEqual(shape.keyPath);
        expect(index.multiEntry, `${name}.${indexName}`).toBe(shape.multiEntry);
        expect(index.unique, `${name}.${indexName}`).toBe(false);
      }
    }
  });

  it('gives every table a property of the same name, as the typed declarations assume', async () => {
    db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const properties = db as unknown as Record<string, { name?: string } | undefined>;
    for (const name of Object.keys(EXPECTED_STORES))
      expect(properties[name]?.name, name).toBe(name);
    expect(db.dictionaryStore('insiders').schema.primKey.src).toBe('[dataset+event+account]');
  });
});
