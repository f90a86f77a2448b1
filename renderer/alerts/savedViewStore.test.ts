import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkstationDatabase } from '../db/database';
import { openWorkstationDatabase } from '../db/database';
import type { UserRecord } from '../db/records';
import { deleteView, renameView, saveView, SavedViewError } from './savedViewStore';

const li: UserRecord = { id: 'u-li', name: '李审查', role: 'examiner', createdAt: '2026-11-01T00:00:00Z' };
const wang: UserRecord = { id: 'u-wang', name: '王合规', role: 'compliance_officer', createdAt: '2026-11-01T00:00:00Z' };
const SORT = { key: 'score', descending: true } as const;

let db: WorkstationDatabase;
beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

const namesOf = async (user: UserRecord) =>
  (await db.savedViews.where('owner').equals(user.id).sortBy('name')).map((view) => view.name);

describe('saved views', () => {
  it('saving under an existing name replaces that view', async () => {
    const first = await saveView(' 高分 ', { minScore: 0.8 }, SORT, li, db);
    const again = await saveView('高分', { minScore: 0.9 }, SORT, li, db);
    expect(again.id).toBe(first.id);
    expect(await namesOf(li)).toEqual(['高分']);
    expect((await db.savedViews.get(first.id))?.filter).toEqual({ minScore: 0.9 });
  });

  it('renames a view, keeping its filter, and refuses a name another view has', async () => {
    const high = await saveView('高分', { minScore: 0.8 }, SORT, li, db);
    await saveView('未指派', { assignee: '-' }, SORT, li, db);
    const renamed = await renameView(high.id, '高分待办', li, db);
    expect(renamed).toMatchObject({ id: high.id, name: '高分待办', filter: { minScore: 0.8 } });
    expect(await namesOf(li)).toEqual(['未指派', '高分待办'].sort());
    await expect(renameView(high.id, '未指派', li, db)).rejects.toMatchObject({ problem: 'name-taken', viewName: '未指派' });
    await expect(renameView(high.id, '  ', li, db)).rejects.toBeInstanceOf(SavedViewError);
    // The same name as before is not a clash with itself.
    await expect(renameView(high.id, '高分待办', li, db)).resolves.toMatchObject({ name: '高分待办' });
  });

  it('deletes only the user’s own view', async () => {
    const mine = await saveView('高分', { minScore: 0.8 }, SORT, li, db);
    const theirs = await saveView('高分', { minScore: 0.7 }, SORT, wang, db);
    await expect(deleteView(theirs.id, li, db)).rejects.toMatchObject({ problem: 'not-found' });
    await expect(renameView(theirs.id, '改名', li, db)).rejects.toMatchObject({ problem: 'not-found' });
    await deleteView(mine.id, li, db);
    expect(await namesOf(li)).toEqual([]);
    expect(await namesOf(wang)).toEqual(['高分']);
  });
});
