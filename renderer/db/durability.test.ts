import { IDBDatabase, IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendAudit } from './audit';
import { openWorkstationDatabase, type WorkstationDatabase } from './database';
import { startImportMarker } from './importMarkers';

let db: WorkstationDatabase;
/** Every transaction Dexie asked IndexedDB for: its stores, mode and options. */
let opened: { stores: string[]; mode: string; durability: string | undefined }[];

beforeEach(async () => {
  opened = [];
  // Dexie binds the connection's transaction() when it opens: watch the prototype beforehand.
  const original = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    stores,
    mode,
    options,
  ) {
    opened.push({
      stores: typeof stores === 'string' ? [stores] : [...stores],
      mode: mode ?? 'readonly',
      durability: options?.durability,
    });
    return original.call(this, stores, mode, options);
  });
  db = await openWorkstationDatabase({
    name: 'durability-test',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  opened = [];
});
afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

describe('strict durability', () => {
  it('asks IndexedDB for strict durability when an audit entry is appended', async () => {
    await appendAudit(db, { actor: 'a', action: 'source.added', entity: 'source', entityId: 's' });
    const writes = opened.filter((t) => t.stores.includes('audit') && t.mode === 'readwrite');
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((t) => t.durability === 'strict')).toBe(true);
  });

  it('asks for strict durability when an import marker is written, in the commit transaction too', async () => {
    const id = await startImportMarker(
      db,
      {
        dataset: 'gd',
        version: 1,
        kind: 'full',
        generation: 'gd#1',
        staging: null,
        sourceId: 's',
      },
      new Date('2026-11-26T00:00:00Z'),
    );
    await db.transaction('rw', [db.datasets, db.imports, db.audit], async () => {
      await db.imports.update(id, { state: 'committed' });
      await appendAudit(db, {
        actor: 'a',
        action: 'import.committed',
        entity: 'dataset',
        entityId: 'gd',
      });
    });
    const markers = opened.filter((t) => t.stores.includes('imports'));
    expect(markers.length).toBeGreaterThanOrEqual(2);
    expect(markers.every((t) => t.durability === 'strict')).toBe(true);
  });

  it('leaves bulk row writes and reads at the default durability', async () => {
    await db.settings.put({ key: 'language', value: 'en' } as never);
    await db.audit.count();
    const others = opened.filter(
      (t) => t.stores.includes('settings') || (t.stores.includes('audit') && t.mode === 'readonly'),
    );
    expect(others.length).toBeGreaterThanOrEqual(2);
    expect(others.some((t) => t.durability === 'strict')).toBe(false);
  });
});
