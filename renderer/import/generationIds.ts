/**
 * The ids a generation already holds, for a delta's reference checks: a delta's rows may refer
 * to accounts, orders, instruments… defined by the versions before it.
 */
import type { IdSeed, ReferencedTable } from '../../shared/package/references';
import { scanTable } from '../db/chunks';
import type { WorkstationDatabase } from '../db/database';

async function rowStoreIds(
  db: WorkstationDatabase,
  generation: string,
  table: Exclude<ReferencedTable, 'orders'>,
) {
  const keys = await db.dictionaryStore(table).where('dataset').equals(generation).primaryKeys();
  // Referenced tables have one-column keys: [generation, id].
  return keys.map((key) => String(key[1]));
}

async function orderIds(db: WorkstationDatabase, generation: string): Promise<string[]> {
  const ids: string[] = [];
  await scanTable(
    generation,
    'orders',
    (view) => {
      for (let i = 0; i < view.rows; i++) {
        const id = view.text('id', i);
        if (id !== null) ids.push(id);
      }
    },
    db,
  );
  return ids;
}

export function generationIdSeed(db: WorkstationDatabase, generation: string): IdSeed {
  return (table) =>
    table === 'orders' ? orderIds(db, generation) : rowStoreIds(db, generation, table);
}
