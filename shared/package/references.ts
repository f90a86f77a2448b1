/**
 * References between dictionary tables (sandbox spec §2: "dangling reference to an id that no
 * table defines"), checked while tables stream in, referenced tables first.
 *
 * Memory: one Set of ids per referenced table (regions, brokers, branches, accounts,
 * instruments, orders, events), holding the package's ids plus, for a delta, the ids the
 * database already holds. Measured under Node 20: about 60 bytes per 17-character id, string
 * included, so some 60 MB per million ids. `orders` is a bulk table as large as trades: given a
 * SpillStore, its ids and the references to them go there instead (spilledIds.ts) and are
 * checked when the referring table ends, so memory no longer grows with the orders.
 */
import type { DictionaryTableName } from '../dictionary/tables';
import { EXTERNAL_PARTY_PREFIX, primaryKeyColumnsOf } from '../dictionary/tables';
import type { NdjsonRow } from './ndjson';
import { SpilledIds } from './spilledIds';
import type { SpillStore } from './spillStore';

export const REFERENCED_TABLES = [
  'regions',
  'brokers',
  'branches',
  'accounts',
  'instruments',
  'orders',
  'events',
] as const;
export type ReferencedTable = (typeof REFERENCED_TABLES)[number];

export interface TableReference {
  table: DictionaryTableName;
  column: string;
  target: ReferencedTable;
  /** The column holds an array of ids. */
  many?: boolean;
  /** Values starting `EXT:` name parties outside the sandbox, not rows. */
  allowsExternal?: boolean;
}

export const TABLE_REFERENCES: readonly TableReference[] = [
  { table: 'regions', column: 'parent', target: 'regions' },
  { table: 'region_shapes', column: 'code', target: 'regions' },
  { table: 'region_metrics', column: 'region', target: 'regions' },
  { table: 'brokers', column: 'region', target: 'regions' },
  { table: 'branches', column: 'broker', target: 'brokers' },
  { table: 'branches', column: 'region', target: 'regions' },
  { table: 'accounts', column: 'broker', target: 'brokers' },
  { table: 'accounts', column: 'branch', target: 'branches' },
  { table: 'accounts', column: 'region', target: 'regions' },
  { table: 'identifiers', column: 'account', target: 'accounts' },
  { table: 'market_bars', column: 'instrument', target: 'instruments' },
  { table: 'events', column: 'instrument', target: 'instruments' },
  { table: 'insiders', column: 'event', target: 'events' },
  { table: 'insiders', column: 'account', target: 'accounts' },
  { table: 'orders', column: 'account', target: 'accounts' },
  { table: 'orders', column: 'instrument', target: 'instruments' },
  { table: 'trades', column: 'order', target: 'orders' },
  { table: 'trades', column: 'account', target: 'accounts' },
  { table: 'trades', column: 'counterparty', target: 'accounts' },
  { table: 'trades', column: 'instrument', target: 'instruments' },
  { table: 'transfers', column: 'from', target: 'accounts', allowsExternal: true },
  { table: 'transfers', column: 'to', target: 'accounts', allowsExternal: true },
  { table: 'alerts', column: 'accounts', target: 'accounts', many: true },
  { table: 'alerts', column: 'instruments', target: 'instruments', many: true },
  { table: 'violation_cases', column: 'region', target: 'regions' },
];

/**
 * Every dictionary table, each after the tables it references. Tombstones come first so that
 * rows they delete no longer count as defined.
 */
export const TABLE_IMPORT_ORDER: readonly DictionaryTableName[] = [
  'tombstones',
  'regions',
  'region_shapes',
  'region_metrics',
  'brokers',
  'branches',
  'accounts',
  'identifiers',
  'instruments',
  'market_bars',
  'events',
  'insiders',
  'orders',
  'trades',
  'transfers',
  'rules',
  'alerts',
  'violation_cases',
];

/** Table names in import order; names outside the dictionary last, alphabetically. */
export function sortTablesForImport<T extends string>(names: readonly T[]): T[] {
  const rank = (name: string): number => {
    const i = TABLE_IMPORT_ORDER.indexOf(name as DictionaryTableName);
    return i === -1 ? TABLE_IMPORT_ORDER.length : i;
  };
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export interface ReferenceProblem {
  line: number;
  column: string;
  message: string;
}

/** Ids a table already holds in the database (for deltas): an iterable, sync or async. */
export type IdSeed = (
  table: ReferencedTable,
) => Iterable<string> | AsyncIterable<string> | Promise<Iterable<string> | AsyncIterable<string>>;

const REFERENCES_BY_TABLE = new Map<string, TableReference[]>();
for (const reference of TABLE_REFERENCES) {
  const list = REFERENCES_BY_TABLE.get(reference.table) ?? [];
  list.push(reference);
  REFERENCES_BY_TABLE.set(reference.table, list);
}

function isReferencedTable(table: string): table is ReferencedTable {
  return (REFERENCED_TABLES as readonly string[]).includes(table);
}

/** Referenced tables have one-column keys (regions.code, accounts.id…). */
function keyColumnOf(table: ReferencedTable): string {
  return primaryKeyColumnsOf(table)[0];
}

interface PendingSelfReference {
  line: number;
  column: string;
  id: string;
}

/** Bulk referenced tables whose ids may be spilled out of memory. */
export const SPILLABLE_TABLES: readonly ReferencedTable[] = ['orders'];

export interface ReferenceSpill {
  store: SpillStore;
  /** Ids each spilled table is expected to hold (rows in the package, plus the base's). */
  expectedIds: (table: ReferencedTable) => number;
  idsPerBucket?: number;
}

/**
 * Feed it the tables of one package in TABLE_IMPORT_ORDER: `beginTable`, `check` for every
 * row, `endTable`. Rows are assumed to have passed row validation. With a spill, `dispose`
 * removes its files when the package is done.
 */
export class ReferenceChecker {
  private readonly known = new Map<ReferencedTable, Set<string>>();
  private readonly spilled = new Map<ReferencedTable, SpilledIds>();
  private readonly seeded = new Set<ReferencedTable>();
  private readonly deleted = new Map<ReferencedTable, Set<string>>();
  private pendingSelfReferences: PendingSelfReference[] = [];

  /** `seed` gives the ids the database holds, for a delta; omit it for a full version. */
  constructor(
    private readonly seed?: IdSeed,
    private readonly spill?: ReferenceSpill,
  ) {
    for (const table of spill ? SPILLABLE_TABLES : []) {
      this.spilled.set(
        table,
        new SpilledIds(spill!.store, table, {
          expectedIds: spill!.expectedIds(table),
          ...(spill!.idsPerBucket ? { idsPerBucket: spill!.idsPerBucket } : {}),
        }),
      );
    }
  }

  /** Removes the spilled files. */
  async dispose(): Promise<void> {
    await this.spill?.store.dispose();
  }

  /** Loads (once) the ids of every table `table` refers to or defines. */
  async beginTable(table: string): Promise<void> {
    this.pendingSelfReferences = [];
    const targets = new Set(
      (REFERENCES_BY_TABLE.get(table) ?? []).map((reference) => reference.target),
    );
    if (isReferencedTable(table)) targets.add(table);
    for (const target of targets) await this.seedOnce(target);
  }

  /** The first reference of `row` to an undefined id; records the row's own id. */
  check(table: string, row: NdjsonRow, line: number): ReferenceProblem | null {
    if (table === 'tombstones') {
      this.recordTombstone(row);
      return null;
    }
    for (const reference of REFERENCES_BY_TABLE.get(table) ?? []) {
      const value = row[reference.column];
      const ids: unknown[] = reference.many ? (Array.isArray(value) ? value : []) : [value];
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (typeof id !== 'string') continue;
        if (reference.allowsExternal && id.startsWith(EXTERNAL_PARTY_PREFIX)) continue;
        const column = reference.many ? `${reference.column}[${i}]` : reference.column;
        const spilled = this.spilled.get(reference.target);
        if (spilled) {
          spilled.addReference(id, line, column);
          continue;
        }
        if (this.idsOf(reference.target).has(id)) continue;
        // A table may refer to its own rows further down (regions.parent); decided at endTable.
        if (reference.target === table) this.pendingSelfReferences.push({ line, column, id });
        else return { line, column, message: danglingMessage(id, reference.target) };
      }
    }
    if (isReferencedTable(table)) {
      const key = row[keyColumnOf(table)];
      if (typeof key === 'string') {
        const spilled = this.spilled.get(table);
        if (spilled) spilled.addId(key);
        else this.idsOf(table).add(key);
      }
    }
    return null;
  }

  /** References to rows of the same table that never came. */
  endTable(table: string): ReferenceProblem | null {
    const pending = this.pendingSelfReferences;
    this.pendingSelfReferences = [];
    if (!isReferencedTable(table)) return null;
    const ids = this.idsOf(table);
    const missing = pending.find((reference) => !ids.has(reference.id));
    return missing
      ? { line: missing.line, column: missing.column, message: danglingMessage(missing.id, table) }
      : null;
  }

  /** After `endTable`: the table's references to spilled tables that name no row, first by line. */
  async checkSpilled(table: string): Promise<ReferenceProblem | null> {
    let first: ReferenceProblem | null = null;
    const targets = new Set((REFERENCES_BY_TABLE.get(table) ?? []).map((ref) => ref.target));
    for (const target of targets) {
      const problem = await this.spilled.get(target)?.check((id) => danglingMessage(id, target));
      if (problem && (first === null || problem.line < first.line)) first = problem;
    }
    return first;
  }

  /** Every id of `table` known so far: seeded, minus tombstoned, plus defined. Not for spilled tables. */
  definedIds(table: ReferencedTable): ReadonlySet<string> {
    if (this.spilled.has(table)) throw new Error(`the ids of ${table} are spilled, not held`);
    return this.idsOf(table);
  }

  private idsOf(table: ReferencedTable): Set<string> {
    let ids = this.known.get(table);
    if (ids === undefined) {
      ids = new Set();
      this.known.set(table, ids);
    }
    return ids;
  }

  private async seedOnce(table: ReferencedTable): Promise<void> {
    if (this.seeded.has(table) || this.seed === undefined) return;
    this.seeded.add(table);
    const spilled = this.spilled.get(table);
    const add = spilled ? (id: string) => spilled.addId(id) : (id: string) => ids.add(id);
    const ids = this.idsOf(table);
    const deleted = this.deleted.get(table);
    for await (const id of await this.seed(table)) {
      if (deleted === undefined || !deleted.has(id)) add(id);
    }
  }

  private recordTombstone(row: NdjsonRow): void {
    const table = row.table;
    const id = row.id;
    if (typeof table !== 'string' || typeof id !== 'string' || !isReferencedTable(table)) return;
    const deleted = this.deleted.get(table) ?? new Set<string>();
    deleted.add(id);
    this.deleted.set(table, deleted);
    this.known.get(table)?.delete(id);
  }
}

function danglingMessage(id: string, target: ReferencedTable): string {
  return `"${id}" names no row of ${target}`;
}
