/** Saved views of the queue, one user's each. */
import type { QueueFilter, QuerySort } from '../../shared/triage/queueIndex';
import { getDatabase } from '../db/database';
import type { SavedViewRecord, UserRecord } from '../db/records';

export interface QueryFilterSort {
  filter: QueueFilter;
  sort: QuerySort;
}

export async function saveView(
  name: string,
  filter: QueueFilter,
  sort: QuerySort,
  user: UserRecord,
): Promise<SavedViewRecord> {
  const db = getDatabase();
  const existing = await db.savedViews
    .where('owner')
    .equals(user.id)
    .filter((view) => view.name === name.trim())
    .first();
  const record: SavedViewRecord = {
    id: existing?.id ?? `view-${crypto.randomUUID()}`,
    owner: user.id,
    name: name.trim(),
    filter: { ...filter } as Record<string, unknown>,
    sort,
    createdAt: new Date().toISOString(),
  };
  await db.savedViews.put(record);
  return record;
}
