/** A worker's database by name: the app's, or another (the benchmark drafts from its own). */
import { getDatabase, WorkstationDatabase } from '../../db/database';

const others = new Map<string, WorkstationDatabase>();

export function databaseNamed(name: string): WorkstationDatabase {
  const shared = getDatabase();
  if (shared.name === name) return shared;
  let db = others.get(name);
  if (!db) others.set(name, (db = new WorkstationDatabase({ name })));
  return db;
}
