/**
 * The workstation's one IndexedDB database. Features reach it through `getDatabase()` and the
 * accessor modules beside this file; only this module declares versions.
 */
import type { DexieOptions, EntityTable, Table } from 'dexie';
import { Dexie } from 'dexie';
import { strictDurability } from './durability';
import type { Migration } from './migrations';
import { MIGRATIONS } from './migrations';
import type {
  AccountPostingsRecord,
  AlertStateRecord,
  DraftRecord,
  EvidenceRecord,
  LocalAlertRecord,
  ReviewRequestRecord,
  RiskModelRecord,
  SavedViewRecord,
  AnnotationRecord,
  AuditRecord,
  CaseRecord,
  ChunkRecord,
  DatasetRecord,
  DatasetVersionRecord,
  DictionaryRecord,
  DictionaryRecordKey,
  ImportRecord,
  KeyRecord,
  ReportRecord,
  ReportVersionRecord,
  RowStoreTableName,
  SettingKey,
  SettingRecord,
  SourceRecord,
  UserRecord,
} from './records';

export const DATABASE_NAME = 'examiner-workstation';

/** An IndexedDB implementation other than the page's own, e.g. fake-indexeddb in tests. */
export interface IndexedDbBackend {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export interface WorkstationDatabaseOptions extends IndexedDbBackend {
  name?: string;
  /** The versions to declare; tests pass a prefix of MIGRATIONS to build an older database. */
  migrations?: readonly Migration[];
}

export type DictionaryStore<T extends RowStoreTableName> = Table<
  DictionaryRecord<T>,
  DictionaryRecordKey<T>
>;

export class WorkstationDatabase extends Dexie {
  declare readonly regions: DictionaryStore<'regions'>;
  declare readonly region_shapes: DictionaryStore<'region_shapes'>;
  declare readonly brokers: DictionaryStore<'brokers'>;
  declare readonly branches: DictionaryStore<'branches'>;
  declare readonly accounts: DictionaryStore<'accounts'>;
  declare readonly instruments: DictionaryStore<'instruments'>;
  declare readonly events: DictionaryStore<'events'>;
  declare readonly insiders: DictionaryStore<'insiders'>;
  declare readonly alerts: DictionaryStore<'alerts'>;
  declare readonly rules: DictionaryStore<'rules'>;
  declare readonly violation_cases: DictionaryStore<'violation_cases'>;
  /** Bulk tables (orders, trades, transfers, identifiers, market_bars, region_metrics), columnar. */
  declare readonly chunks: Table<ChunkRecord, [generation: string, table: string, seq: number]>;
  declare readonly accountPostings: Table<
    AccountPostingsRecord,
    [generation: string, table: string, bucket: number, part: number]
  >;

  declare readonly sources: EntityTable<SourceRecord, 'id'>;
  declare readonly datasets: EntityTable<DatasetRecord, 'id'>;
  declare readonly datasetVersions: Table<DatasetVersionRecord, [dataset: string, version: number]>;
  declare readonly imports: EntityTable<ImportRecord, 'id'>;
  declare readonly annotations: EntityTable<AnnotationRecord, 'id'>;
  declare readonly cases: EntityTable<CaseRecord, 'id'>;
  declare readonly reports: EntityTable<ReportRecord, 'id'>;
  declare readonly reportVersions: Table<ReportVersionRecord, [reportId: string, version: number]>;
  declare readonly audit: EntityTable<AuditRecord, 'seq'>;
  declare readonly settings: Table<SettingRecord, SettingKey>;
  declare readonly keys: EntityTable<KeyRecord, 'name'>;
  declare readonly users: EntityTable<UserRecord, 'id'>;
  // Version 3 (renderer/db/schemaV3.ts): triage, evidence and local detections.
  declare readonly alertStates: Table<AlertStateRecord, [dataset: string, alertId: string]>;
  declare readonly localAlerts: Table<LocalAlertRecord, [dataset: string, id: string]>;
  declare readonly evidence: EntityTable<EvidenceRecord, 'id'>;
  declare readonly savedViews: EntityTable<SavedViewRecord, 'id'>;
  declare readonly reviewRequests: EntityTable<ReviewRequestRecord, 'id'>;
  declare readonly drafts: Table<DraftRecord, string>;
  // Version 4 (renderer/db/schemaV4.ts): the local risk model.
  declare readonly riskModels: EntityTable<RiskModelRecord, 'id'>;

  constructor(options: WorkstationDatabaseOptions = {}) {
    super(options.name ?? DATABASE_NAME, dexieOptions(options));
    const migrations = options.migrations ?? MIGRATIONS;
    checkNumbering(migrations);
    for (const { version, stores, upgrade } of migrations) {
      const declared = this.version(version).stores({ ...stores });
      if (upgrade !== undefined) declared.upgrade(upgrade);
    }
    this.use(strictDurability);
  }

  /** A row store by its dictionary table name, as the import pipeline names them. */
  dictionaryStore<T extends RowStoreTableName>(table: T): DictionaryStore<T> {
    return this.table(table);
  }
}

/** Dexie would take an explicit `undefined` over its own default, so absent backends stay absent. */
function dexieOptions({ indexedDB, IDBKeyRange }: IndexedDbBackend): DexieOptions {
  return {
    ...(indexedDB === undefined ? {} : { indexedDB }),
    ...(IDBKeyRange === undefined ? {} : { IDBKeyRange }),
  };
}

function checkNumbering(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration at position ${index} has version ${migration.version}; versions must run 1, 2, 3… with no gap`,
      );
    }
  });
}

/** Opens (creating or upgrading as needed) a workstation database. */
export async function openWorkstationDatabase(
  options: WorkstationDatabaseOptions = {},
): Promise<WorkstationDatabase> {
  const db = new WorkstationDatabase(options);
  await db.open();
  return db;
}

let sharedDatabase: WorkstationDatabase | undefined;

/** The app's database; Dexie opens it on first use. */
export function getDatabase(): WorkstationDatabase {
  sharedDatabase ??= new WorkstationDatabase();
  return sharedDatabase;
}

export async function deleteWorkstationDatabase(
  name: string = DATABASE_NAME,
  backend: IndexedDbBackend = {},
): Promise<void> {
  if (sharedDatabase?.name === name && backend.indexedDB === undefined) {
    // Deleting under an open connection would wait for it forever; Dexie closes its own first.
    const database = sharedDatabase;
    sharedDatabase = undefined;
    await database.delete();
    return;
  }
  await new Dexie(name, dexieOptions(backend)).delete();
}
