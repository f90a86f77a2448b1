/**
 * Deleting generations. A generation's rows are one key range in every store they live in
 * (keys lead with the generation), so a purge is a handful of range deletes in one transaction:
 * idempotent, and cheap however many rows the generation holds.
 */
import type { Table } from 'dexie';
import type { WorkstationDatabase } from './database';
import { ROW_STORE_TABLES } from './schemaV2';

/** `[generation]` sorts before every key that starts with it, `[generation, []]` after (arrays sort last). */
function generationKeyRange(generation: string): [[string], [string, never[]]] {
  return [[generation], [generation, []]];
}

/** Every store that holds generation-keyed rows. */
export function generationStores(db: WorkstationDatabase): Table[] {
  return [
    db.chunks,
    db.accountPostings,
    ...ROW_STORE_TABLES.map((table) => db.dictionaryStore(table)),
  ];
}

/** Deletes a generation's rows everywhere; joins the caller's transaction when there is one. */
export async function purgeGeneration(db: WorkstationDatabase, generation: string): Promise<void> {
  const stores = generationStores(db);
  const [lower, upper] = generationKeyRange(generation);
  await db.transaction('rw', stores, async () => {
    for (const store of stores)
      await store.where(':id').between(lower, upper, true, false).delete();
  });
}

/** Every generation with rows in any store. */
export async function storedGenerations(db: WorkstationDatabase): Promise<Set<string>> {
  const generations = new Set<string>();
  for (const key of await db.chunks.orderBy('[generation+table]').uniqueKeys()) {
    if (Array.isArray(key) && typeof key[0] === 'string') generations.add(key[0]);
  }
  for (const [generation] of await db.accountPostings.toCollection().primaryKeys())
    generations.add(generation);
  for (const table of ROW_STORE_TABLES) {
    for (const generation of await db.dictionaryStore(table).orderBy('dataset').uniqueKeys()) {
      generations.add(String(generation));
    }
  }
  return generations;
}

/**
 * Purges every generation that no dataset record names and that `isLive` does not claim (an
 * import writing it right now). Returns what was purged.
 */
export async function sweepOrphanGenerations(
  db: WorkstationDatabase,
  isLive: (generation: string) => boolean,
): Promise<string[]> {
  const referenced = new Set((await db.datasets.toArray()).map((dataset) => dataset.generation));
  const orphans = [...(await storedGenerations(db))].filter(
    (generation) => !referenced.has(generation) && !isLive(generation),
  );
  for (const generation of orphans) await purgeGeneration(db, generation);
  return orphans;
}
