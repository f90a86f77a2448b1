/**
 * The ids a generation already holds, for a delta's reference checks: a delta's rows may refer
 * to accounts, orders, instruments… defined by the versions before it.
 */
import type { IdSeed, ReferencedTable } from '../../shared/package/references';
import { ChunkView } from '../../shared/importer/chunkView';
import { chunkSeqs } from '../db/chunks';
import type { WorkstationDatabase } from '../db/database';

const READ_BATCH = 16;

async function rowStoreIds(
  db: WorkstationDatabase,
  generation: string,
  table: Exclude<ReferencedTable, 'orders'>,
) {
  const keys = await db.dictionaryStore(table).where('dataset').equals(generation).primaryKeys();
  // Referenced tables have one-column keys: [generation, id].
  return keys.map((key) => String(key[1]));
}

/** Order ids chunk by chunk: a generation's orders are as many as its trades, never all held. */
async function* orderIds(db: WorkstationDatabase, generation: string): AsyncGenerator<string> {
  const seqs = await chunkSeqs(generation, 'orders', db);
  for (let at = 0; at < seqs.length; at += READ_BATCH) {
    const keys = seqs
      .slice(at, at + READ_BATCH)
      .map((seq): [string, string, number] => [generation, 'orders', seq]);
    for (const chunk of await db.chunks.bulkGet(keys)) {
      if (!chunk) continue;
      const view = new ChunkView(chunk);
      for (let i = 0; i < view.rows; i++) {
        const id = view.text('id', i);
        if (id !== null) yield id;
      }
    }
  }
}

export function generationIdSeed(db: WorkstationDatabase, generation: string): IdSeed {
  return (table) =>
    table === 'orders' ? orderIds(db, generation) : rowStoreIds(db, generation, table);
}
