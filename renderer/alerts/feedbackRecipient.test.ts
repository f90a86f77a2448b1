import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { WorkstationDatabase } from '../db/database';
import { openWorkstationDatabase } from '../db/database';
import type { DatasetRecord } from '../db/records';
import { rememberedRecipient, rememberRecipient } from './feedbackRecipient';

const RECIPIENT_A = `age1${'q'.repeat(58)}`;
const RECIPIENT_B = `age1${'p'.repeat(58)}`;

let db: WorkstationDatabase;
beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  const dataset = (id: string, sourceId: string) => ({ id, sourceId, title: id }) as unknown as DatasetRecord;
  await db.datasets.bulkPut([dataset('gd-q3', 'src-gd'), dataset('gd-q4', 'src-gd'), dataset('sz-q3', 'src-sz')]);
});
afterEach(() => db.close());

it('remembers the last feedback recipient per source, for every dataset of that source', async () => {
  expect(await rememberedRecipient('gd-q3', db)).toBe('');
  await rememberRecipient('gd-q3', RECIPIENT_A, db);
  await rememberRecipient('sz-q3', RECIPIENT_B, db);
  expect(await rememberedRecipient('gd-q4', db)).toBe(RECIPIENT_A);
  expect(await rememberedRecipient('sz-q3', db)).toBe(RECIPIENT_B);
  await rememberRecipient('gd-q4', RECIPIENT_B, db);
  expect(await rememberedRecipient('gd-q3', db)).toBe(RECIPIENT_B);
  expect(await rememberedRecipient('not-imported', db)).toBe('');
});
