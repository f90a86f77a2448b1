/** Saved views of the queue, one user's each: save, rename, delete. */
import type { QueueFilter, QuerySort } from '../../shared/triage/queueIndex';
import type { WorkstationDatabase } from '../db/database';
import { getDatabase } from '../db/database';
import type { SavedViewRecord, UserRecord } from '../db/records';

export interface QueryFilterSort {
  filter: QueueFilter;
  sort: QuerySort;
}

export class SavedViewError extends Error {
  constructor(
    readonly problem: 'empty-name' | 'name-taken' | 'not-found',
    readonly viewName: string,
  ) {
    super(`Saved view "${viewName}": ${problem}`);
  }
}

async function viewNamed(db: WorkstationDatabase, owner: string, name: string) {
  return db.savedViews
    .where('owner')
    .equals(owner)
    .filter((view) => view.name === name)
    .first();
}

/** Saves the filter and sort under a name; saving under an existing name replaces that view. */
export async function saveView(
  name: string,
  filter: QueueFilter,
  sort: QuerySort,
  user: UserRecord,
  db: WorkstationDatabase = getDatabase(),
): Promise<SavedViewRecord> {
  const trimmed = name.trim();
  if (trimmed === '') throw new SavedViewError('empty-name', name);
  const existing = await viewNamed(db, user.id, trimmed);
  const record: SavedViewRecord = {
    id: existing?.id ?? `view-${crypto.randomUUID()}`,
    owner: user.id,
    name: trimmed,
    filter: { ...filter } as Record<string, unknown>,
    sort,
    createdAt: new Date().toISOString(),
  };
  await db.savedViews.put(record);
  return record;
}

/** Renames one of the user's views; another view of theirs may not already have the name. */
export async function renameView(
  id: string,
  name: string,
  user: UserRecord,
  db: WorkstationDatabase = getDatabase(),
): Promise<SavedViewRecord> {
  const trimmed = name.trim();
  if (trimmed === '') throw new SavedViewError('empty-name', name);
  return db.transaction('rw', db.savedViews, async () => {
    const view = await db.savedViews.get(id);
    if (!view || view.owner !== user.id) throw new SavedViewError('not-found', name);
    const clash = await viewNamed(db, user.id, trimmed);
    if (clash && clash.id !== id) throw new SavedViewError('name-taken', trimmed);
    const renamed = { ...view, name: trimmed };
    await db.savedViews.put(renamed);
    return renamed;
  });
}

/** Deletes one of the user's views (another user's view is left alone). */
export async function deleteView(
  id: string,
  user: UserRecord,
  db: WorkstationDatabase = getDatabase(),
): Promise<void> {
  await db.transaction('rw', db.savedViews, async () => {
    const view = await db.savedViews.get(id);
    if (!view || view.owner !== user.id) throw new SavedViewError('not-found', id);
    await db.savedViews.delete(id);
  });
}
