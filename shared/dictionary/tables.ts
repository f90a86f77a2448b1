/**
 * The tables of `sandbox-dictionary/1` (sandbox spec §3) and the values of its enums, as
 * `as const` arrays that row validation and the UI both read.
 */

export const DICTIONARY_VERSION = 'sandbox-dictionary/1';

/** Each table with its primary-key columns in the dictionary's order: tombstone ids join them with `|`. */
export const DICTIONARY_TABLES = [
  { name: 'regions', primaryKey: ['code'] },
  { name: 'region_shapes', primaryKey: ['code'] },
  { name: 'brokers', primaryKey: ['id'] },
  { name: 'branches', primaryKey: ['id'] },
  { name: 'accounts', primaryKey: ['id'] },
  { name: 'identifiers', primaryKey: ['account', 'kind', 'value_hash'] },
  { name: 'instruments', primaryKey: ['code'] },
  { name: 'market_bars', primaryKey: ['instrument', 'date'] },
  { name: 'orders', primaryKey: ['id'] },
  { name: 'trades', primaryKey: ['id'] },
  { name: 'transfers', primaryKey: ['id'] },
  { name: 'events', primaryKey: ['id'] },
  { name: 'insiders', primaryKey: ['event', 'account'] },
  { name: 'alerts', primaryKey: ['id'] },
  { name: 'rules', primaryKey: ['id'] },
  { name: 'violation_cases', primaryKey: ['id'] },
  { name: 'region_metrics', primaryKey: ['region', 'date', 'metric'] },
  { name: 'tombstones', primaryKey: ['table', 'id'] },
] as const;

export type DictionaryTableSpec = (typeof DICTIONARY_TABLES)[number];
export type DictionaryTableName = DictionaryTableSpec['name'];
export type PrimaryKeyColumns<T extends DictionaryTableName> = Extract<
  DictionaryTableSpec,
  { name: T }
>['primaryKey'];

/** Tombstones only travel in deltas: they delete rows, they are not rows themselves. */
export type TombstonedTableName = Exclude<DictionaryTableName, 'tombstones'>;

const TABLES_BY_NAME: ReadonlyMap<string, DictionaryTableSpec> = new Map(
  DICTIONARY_TABLES.map((table) => [table.name, table]),
);

export function isDictionaryTableName(name: string): name is DictionaryTableName {
  return TABLES_BY_NAME.has(name);
}

export function primaryKeyColumnsOf<T extends DictionaryTableName>(table: T): PrimaryKeyColumns<T> {
  const spec = TABLES_BY_NAME.get(table);
  if (spec === undefined) throw new RangeError(`"${table}" is not a ${DICTIONARY_VERSION} table`);
  // The map is built from DICTIONARY_TABLES, so the spec found under `table` has that table's key.
  return spec.primaryKey as PrimaryKeyColumns<T>;
}

/** Securities Law of the PRC (2019), arts. 50–55. */
export const TYPOLOGIES = [
  'continuous_trading',
  'matched_orders',
  'wash_trade',
  'spoofing',
  'marking_close',
  'misleading_info',
  'scalping',
  'cross_market',
  'insider_trading',
  'front_running',
  'account_control',
  'other',
] as const;

export const REGION_LEVELS = ['province', 'city', 'district'] as const;
export const ACCOUNT_KINDS = ['individual', 'institution', 'product'] as const;
export const RISK_LEVELS = ['C1', 'C2', 'C3', 'C4', 'C5'] as const;
export const ACCOUNT_STATUSES = ['active', 'dormant', 'closed'] as const;
export const IDENTIFIER_KINDS = [
  'device',
  'ip',
  'phone',
  'bank_card',
  'address',
  'email',
  'mac',
] as const;
export const EXCHANGES = ['SSE', 'SZSE', 'BSE'] as const;
export const SIDES = ['B', 'S'] as const;
export const ORDER_TYPES = ['limit', 'market'] as const;
export const ORDER_STATUSES = ['filled', 'partial', 'cancelled'] as const;
export const TRANSFER_CHANNELS = ['bank', 'internal', 'third_party'] as const;
export const EVENT_TYPES = [
  'earnings',
  'merger',
  'restructuring',
  'dividend',
  'suspension',
  'other',
] as const;
export const INSIDER_RELATIONS = ['officer', 'relative', 'advisor', 'other'] as const;
export const GEOMETRY_TYPES = ['Polygon', 'MultiPolygon'] as const;

/** `transfers.from` / `transfers.to` values with this prefix name a party outside the sandbox, not an account. */
export const EXTERNAL_PARTY_PREFIX = 'EXT:';
