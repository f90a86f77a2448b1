import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ROWS } from '../../shared/dictionary/sampleRows';
import {
  DATABASE_NAME,
  deleteWorkstationDatabase,
  getDatabase,
  openWorkstationDatabase,
} from './database';

describe('the workstation database', () => {
  it('is one shared instance named examiner-workstation', () => {
    const db = getDatabase();
    expect(db).toBe(getDatabase());
    expect(db.name).toBe(DATABASE_NAME);
    expect(DATABASE_NAME).toBe('examiner-workstation');
  });

  it('keeps databases of different names apart', async () => {
    const backend = { indexedDB: new IDBFactory(), IDBKeyRange };
    const main = await openWorkstationDatabase({ ...backend, name: 'main' });
    const other = await openWorkstationDatabase({ ...backend, name: 'other' });
    await main.brokers.put({ ...SAMPLE_ROWS.brokers, dataset: 'gd' });
    expect(await main.brokers.count()).toBe(1);
    expect(await other.brokers.count()).toBe(0);
    main.close();
    other.close();
  });

  it('deletes a database with its rows', async () => {
    const backend = { indexedDB: new IDBFactory(), IDBKeyRange };
    const before = await openWorkstationDatabase({ ...backend, name: 'doomed' });
    await before.users.put({
      id: 'u1',
      name: '王*',
      role: 'examiner',
      createdAt: '2026-11-20T01:00:00.000Z',
    });
    before.close();
    await deleteWorkstationDatabase('doomed', backend);
    const after = await openWorkstationDatabase({ ...backend, name: 'doomed' });
    expect(await after.users.count()).toBe(0);
    after.close();
  });

  it('numbers imports and audit entries itself', async () => {
    const db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const started = {
      dataset: 'gd',
      version: 1,
      state: 'started' as const,
      startedAt: 't0',
      finishedAt: null,
      error: null,
    };
    // Dexie writes the generated key back into the object it adds, so each add gets a fresh object.
    const first = await db.imports.add({ ...started });
    const second = await db.imports.add({ ...started, version: 2 });
    expect(second).toBeGreaterThan(first);
    await db.imports.update(first, { state: 'committed', finishedAt: 't1' });
    expect(await db.imports.where('state').equals('started').primaryKeys()).toEqual([second]);
    const entry = {
      ts: 't',
      actor: 'u1',
      action: 'dataset.purge',
      entity: 'dataset',
      entityId: 'gd',
      hash: 'h',
    };
    const seqs = [await db.audit.add({ ...entry }), await db.audit.add({ ...entry })];
    expect(seqs[1]).toBe((seqs[0] ?? 0) + 1);
    db.close();
  });

  it('stores sealed key bytes as bytes', async () => {
    const db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const sealed = new Uint8Array([1, 2, 3, 250]);
    await db.keys.put({
      name: 'recipient',
      kind: 'age-x25519',
      publicPart: 'age1example',
      protection: 'os',
      sealed,
      createdAt: 't',
    });
    const stored = await db.keys.get('recipient');
    expect(stored?.sealed).toBeInstanceOf(Uint8Array);
    expect([...(stored?.sealed ?? [])]).toEqual([1, 2, 3, 250]);
    db.close();
  });
});
