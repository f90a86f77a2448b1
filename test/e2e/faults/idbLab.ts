// The workstation's IndexedDB seen from outside the app: snapshots kept in a side database,
// restored store by store, and a digest of every store's contents as canonical JSON.
import type { Page } from '@playwright/test';

const DATABASE = 'examiner-workstation';
/** Logs that grow with every attempt; checked on their own, not part of the data's digest. */
export const LOG_STORES = ['audit', 'imports'];

export interface Digest {
  total: string;
  stores: Record<string, string>;
}

/** A same-origin page without the app, so nothing writes while a snapshot is taken or restored. */
export async function openLab(page: Page): Promise<void> {
  await page.route('**/fault-lab', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>fault lab</title>' }),
  );
  // A navigation the app began (a reload it asked for) can cut this one short: try again.
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto('./fault-lab');
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.waitForTimeout(200);
    }
  }
}

/** A store as IndexedDB declares it, so a restore rebuilds the schema the snapshot was taken at. */
interface StoreShape {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
}

/** Copies the database, schema version and stores included, into a side database `fault-lab-<name>`. */
export function snapshot(page: Page, name: string): Promise<void> {
  return page.evaluate(
    async ({ database, name }) => {
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('request failed'));
        });
      const live = await done(indexedDB.open(database));
      const names = [...live.objectStoreNames];
      const read = live.transaction(names, 'readonly');
      const rows: { store: string; key: IDBValidKey; value: unknown }[] = [];
      const shapes: StoreShape[] = [];
      for (const store of names) {
        const source = read.objectStore(store);
        shapes.push({
          name: store,
          keyPath: source.keyPath,
          autoIncrement: source.autoIncrement,
          indexes: [...source.indexNames].map((index) => {
            const { keyPath, unique, multiEntry } = source.index(index);
            return { name: index, keyPath, unique, multiEntry };
          }),
        });
        const keys = await done(source.getAllKeys());
        const values = await done(source.getAll());
        keys.forEach((key, i) => rows.push({ store, key, value: values[i] }));
      }
      const version = live.version;
      live.close();
      await done(indexedDB.deleteDatabase(`fault-lab-${name}`));
      const open = indexedDB.open(`fault-lab-${name}`, 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('rows', { autoIncrement: true });
        open.result.createObjectStore('schema');
      };
      const side = await done(open);
      const write = side.transaction(['rows', 'schema'], 'readwrite');
      for (const row of rows) write.objectStore('rows').add(row);
      write.objectStore('schema').put({ version, shapes }, 'schema');
      await new Promise((resolve) => (write.oncomplete = resolve));
      side.close();
    },
    { database: DATABASE, name },
  );
}

/**
 * Deletes the database and rebuilds it as the snapshot had it: same version, stores, indexes and
 * records, so a run starts from exactly that state, even after a run left another schema behind.
 */
export function restore(page: Page, name: string): Promise<void> {
  return page.evaluate(
    async ({ database, name }) => {
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('request failed'));
        });
      const side = await done(indexedDB.open(`fault-lab-${name}`));
      const read = side.transaction(['rows', 'schema']);
      const rows = (await done(read.objectStore('rows').getAll())) as {
        store: string;
        key: IDBValidKey;
        value: unknown;
      }[];
      const { version, shapes } = (await done(read.objectStore('schema').get('schema'))) as {
        version: number;
        shapes: StoreShape[];
      };
      side.close();
      await done(indexedDB.deleteDatabase(database));
      const open = indexedDB.open(database, version);
      open.onupgradeneeded = () => {
        for (const shape of shapes) {
          const store = open.result.createObjectStore(shape.name, {
            keyPath: shape.keyPath,
            autoIncrement: shape.autoIncrement,
          });
          for (const index of shape.indexes)
            store.createIndex(index.name, index.keyPath, {
              unique: index.unique,
              multiEntry: index.multiEntry,
            });
        }
      };
      const live = await done(open);
      const write = live.transaction([...live.objectStoreNames], 'readwrite');
      for (const { store, key, value } of rows) {
        const target = write.objectStore(store);
        if (target.keyPath === null) target.put(value, key);
        else target.put(value);
      }
      await new Promise((resolve, reject) => {
        write.oncomplete = resolve;
        write.onerror = () => reject(write.error ?? new Error('restore failed'));
      });
      live.close();
    },
    { database: DATABASE, name },
  );
}

/**
 * SHA-256 of each store's records as canonical JSON (sorted keys, typed arrays as arrays), with
 * the times a run stamps (`…At`, `ts`) left out and the schema version put in: two runs of one
 * operation give one digest, and a database before a migration never matches one after it.
 */
export function digest(page: Page): Promise<Digest> {
  return page.evaluate(
    async ({ database, logStores }) => {
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('request failed'));
        });
      const canonical = (value: unknown): unknown => {
        if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
        if (value instanceof ArrayBuffer) return Array.from(new Uint8Array(value));
        if (Array.isArray(value)) return value.map(canonical);
        if (value instanceof Date) return value.toISOString();
        if (value !== null && typeof value === 'object') {
          const entries = Object.entries(value)
            .filter(([key]) => !key.endsWith('At') && key !== 'ts')
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
          return Object.fromEntries(entries.map(([key, inner]) => [key, canonical(inner)]));
        }
        return value;
      };
      const hash = async (text: string) =>
        Array.from(
          new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))),
        )
          .map((byte) => byte.toString(16).padStart(2, '0'))
          .join('');
      const live = await done(indexedDB.open(database));
      const names = [...live.objectStoreNames].filter((name) => !logStores.includes(name));
      const read = live.transaction(names, 'readonly');
      const stores: Record<string, string> = {};
      for (const store of names) {
        const keys = await done(read.objectStore(store).getAllKeys());
        const values = await done(read.objectStore(store).getAll());
        stores[store] = await hash(
          JSON.stringify(canonical(keys.map((key, i) => [key, values[i]]))),
        );
      }
      stores['#version'] = String(live.version);
      live.close();
      return { total: await hash(JSON.stringify(stores)), stores };
    },
    { database: DATABASE, logStores: LOG_STORES },
  );
}

/** Import markers by state, and the audit actions logged: what the app recorded of a run. */
export function importLog(page: Page): Promise<{ markers: string[]; actions: string[] }> {
  return page.evaluate(async (database) => {
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('request failed'));
      });
    const live = await done(indexedDB.open(database));
    const read = live.transaction(['imports', 'audit'], 'readonly');
    const markers = (await done(read.objectStore('imports').getAll())) as { state: string }[];
    const audit = (await done(read.objectStore('audit').getAll())) as { action: string }[];
    live.close();
    return { markers: markers.map((m) => m.state), actions: audit.map((a) => a.action) };
  }, DATABASE);
}
