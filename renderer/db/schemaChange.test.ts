import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openWorkstationDatabase } from './database';
import type { SchemaChange } from './schemaChange';
import { onSchemaChangeElsewhere } from './schemaChange';

/** What another window running a newer build does: opens the database at a higher version. */
function upgradeElsewhere(factory: IDBFactory, name: string, version: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => request.result.createObjectStore('newerStore');
    request.onsuccess = () => {
      const upgraded = request.result.version;
      request.result.close();
      resolve(upgraded);
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

describe('a schema change in another window', () => {
  it('closes this connection at once, so the upgrade goes ahead, and says so', async () => {
    const factory = new IDBFactory();
    const db = await openWorkstationDatabase({ name: 'upgrade', indexedDB: factory, IDBKeyRange });
    const changes: SchemaChange[] = [];
    onSchemaChangeElsewhere(db, (change) => changes.push(change));
    const installed = db.backendDB().version;

    await expect(upgradeElsewhere(factory, 'upgrade', installed + 10)).resolves.toBe(
      installed + 10,
    );
    expect(changes).toEqual(['upgrade']);
    expect(db.isOpen()).toBe(false);
    // Closed for good: a late write fails instead of reopening on a schema it does not know.
    await expect(db.settings.count()).rejects.toThrow();
  });

  it('tells a deletion apart from an upgrade', async () => {
    const factory = new IDBFactory();
    const db = await openWorkstationDatabase({ name: 'doomed', indexedDB: factory, IDBKeyRange });
    const changes: SchemaChange[] = [];
    onSchemaChangeElsewhere(db, (change) => changes.push(change));
    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase('doomed');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('delete failed'));
    });
    expect(changes).toEqual(['delete']);
  });
});
