/**
 * The stores of schema version 1, in Dexie's syntax: primary key first, then indexes;
 * `[a+b]` is a compound key, `*a` indexes each element of an array, `++` auto-increments.
 * Released versions never change: a later version states only what it changes, in its own
 * entry of MIGRATIONS.
 */
import { DICTIONARY_TABLES, primaryKeyColumnsOf } from '../../shared/dictionary/tables';
import type { StoredDictionaryTableName } from './records';

/** Table name → `'primaryKey, index, index…'`; `null` deletes a table in a later version. */
export type StoreDefinitions = Readonly<Record<string, string | null>>;

export const STORED_DICTIONARY_TABLES: readonly StoredDictionaryTableName[] = DICTIONARY_TABLES.map(
  (table) => table.name,
).filter((name): name is StoredDictionaryTableName => name !== 'tombstones');

/** Secondary indexes of each dictionary store, besides `dataset` which every one has. */
const DICTIONARY_INDEXES_V1: { readonly [T in StoredDictionaryTableName]: readonly string[] } = {
  regions: ['level', 'parent'],
  region_shapes: [],
  brokers: [],
  branches: ['region', 'broker'],
  accounts: ['region', 'broker', 'branch', '[dataset+region]'],
  identifiers: ['account', '[kind+value_hash]'],
  instruments: [],
  market_bars: ['[instrument+date]'],
  orders: ['account', '[instrument+ts]', '[account+ts]'],
  trades: ['account', '[instrument+ts]', '[account+ts]'],
  transfers: ['from', 'to', 'ts'],
  events: ['instrument'],
  insiders: ['account', 'event'],
  alerts: ['typology', 'score', 'created', '[typology+score]', '*accounts', '*instruments'],
  rules: [],
  violation_cases: ['typology', 'region'],
  region_metrics: ['[region+date]', '[metric+date]'],
};

/** `[dataset+<key columns>]`: the dataset id leads, so one dataset's rows are one key range. */
function dictionaryStore(table: StoredDictionaryTableName): string {
  const primaryKey = `[${['dataset', ...primaryKeyColumnsOf(table)].join('+')}]`;
  return [primaryKey, 'dataset', ...DICTIONARY_INDEXES_V1[table]].join(', ');
}

const WORKSTATION_STORES_V1 = {
  sources: 'id, fingerprint',
  datasets: 'id, sourceId, expires',
  datasetVersions: '[dataset+version], dataset',
  imports: '++id, dataset, state, [dataset+version]',
  annotations:
    'id, alertId, [dataset+alertId], dataset, disposition, typology, status, author, updatedAt, *tags',
  cases: 'id, status, owner, updatedAt, *alertIds, *accountIds',
  reports: 'id, caseId, kind, status, updatedAt',
  reportVersions: '[reportId+version], reportId',
  audit: '++seq, ts, actor, action, [entity+entityId]',
  settings: 'key',
  keys: 'name, kind',
  users: 'id, role',
} as const;

export const SCHEMA_V1: StoreDefinitions = {
  ...Object.fromEntries(STORED_DICTIONARY_TABLES.map((table) => [table, dictionaryStore(table)])),
  ...WORKSTATION_STORES_V1,
};
