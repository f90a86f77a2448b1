/**
 * The schema's history, append-only: one entry per version, never edited once released.
 * A new version appends `{ version: n + 1, stores, upgrade? }` stating only the stores it adds,
 * changes (full new definition) or deletes (`null`); Dexie carries the others over unchanged.
 * Each entry with an upgrade gets a check in migrations.test.ts that starts from version n.
 */
import type { Transaction } from 'dexie';
import type { StoreDefinitions } from './schema';
import { SCHEMA_V1 } from './schema';
import { SCHEMA_V2_CHANGES } from './schemaV2';
import { SCHEMA_V3_CHANGES } from './schemaV3';
import { SCHEMA_V4_CHANGES } from './schemaV4';
import { upgradeToChunkedStorage } from './upgradeToChunks';

export interface Migration {
  version: number;
  stores: StoreDefinitions;
  /** Rewrites existing rows inside the version-change transaction; use `transaction.table(name)`. */
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2_CHANGES, upgrade: upgradeToChunkedStorage },
  { version: 3, stores: SCHEMA_V3_CHANGES },
  { version: 4, stores: SCHEMA_V4_CHANGES },
];

export const LATEST_VERSION = MIGRATIONS.reduce(
  (latest, migration) => Math.max(latest, migration.version),
  0,
);
