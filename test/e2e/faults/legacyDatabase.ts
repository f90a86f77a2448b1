// A workstation database as the first release left it (schema version 1, one record per trade),
// for fault runs during the migration to the current schema.
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { SAMPLE_ROWS } from '../../../shared/dictionary/sampleRows';
import { SCHEMA_V1 } from '../../../renderer/db/schema';

const DATABASE = 'examiner-workstation';
/** Dexie's UMD build, loaded into the lab page: the version-1 schema declared as the app did. */
const DEXIE_UMD = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'node_modules',
  'dexie',
  'dist',
  'dexie.js',
);
/** The app's own stores whose records carry over unchanged: keys, users, settings, sources. */
const CARRIED_STORES = ['keys', 'users', 'settings', 'sources'];

/**
 * Rebuilds the database at schema version 1, keeping the keys, users, settings and sources of the
 * current one, with one committed dataset of `trades` trade rows (and their accounts), which the
 * version-2 upgrade rewrites into chunks. Run on the lab page, with the app closed.
 */
export async function rebuildAtVersion1(page: Page, trades: number): Promise<void> {
  await page.addScriptTag({ path: DEXIE_UMD });
  await page.evaluate(
    async ({ database, schema, carried, trades, sample }) => {
      type DexieLike = {
        delete(name: string): Promise<void>;
        new (name: string): {
          version(n: number): { stores(definitions: Record<string, string | null>): void };
          open(): Promise<unknown>;
          table(name: string): { bulkPut(rows: unknown[]): Promise<unknown> };
          close(): void;
        };
      };
      const Dexie = (window as unknown as { Dexie: DexieLike }).Dexie;
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('request failed'));
        });
      const live = await done(indexedDB.open(database));
      const read = live.transaction(carried, 'readonly');
      const kept: Record<string, unknown[]> = {};
      for (const store of carried) kept[store] = await done(read.objectStore(store).getAll());
      live.close();

      await Dexie.delete(database);
      const db = new Dexie(database);
      db.version(1).stores(schema);
      await db.open();
      for (const store of carried) await db.table(store).bulkPut(kept[store] ?? []);
      const dataset = 'legacy';
      await db.table('datasets').bulkPut([
        {
          id: dataset,
          sourceId: 'legacy-source',
          title: 'Legacy trades',
          currentVersion: 1,
          kind: 'full',
          importedAt: '2026-10-01T01:00:00.000Z',
          expires: '2099-01-01T00:00:00+08:00',
          scope: {
            jurisdiction: '440000',
            brokers: [],
            period: { from: '2026-07-01', to: '2026-09-30' },
          },
          manifestHash: 'ab'.repeat(32),
        },
      ]);
      const accounts = Array.from({ length: 50 }, (_, i) => ({
        ...sample.accounts,
        id: `A${i}`,
        dataset,
      }));
      await db.table('accounts').bulkPut(accounts);
      const instruments = ['600519.SH', '000001.SZ', '300750.SZ', '601318.SH'];
      const rows = Array.from({ length: trades }, (_, i) => ({
        ...sample.trades,
        id: `T${i}`,
        order: `O${i}`,
        account: `A${i % 50}`,
        instrument: instruments[i % instruments.length],
        ts: new Date(Date.UTC(2026, 6, 1, 1, 30) + i * 7_000).toISOString(),
        side: i % 2 === 0 ? 'B' : 'S',
        price: 10 + (i % 97) / 10,
        qty: 100 * (1 + (i % 9)),
        dataset,
      }));
      await db.table('trades').bulkPut(rows);
      db.close();
    },
    {
      database: DATABASE,
      schema: SCHEMA_V1 as Record<string, string | null>,
      carried: CARRIED_STORES,
      trades,
      // Plain records: the dictionary's row types are too deep for evaluate's argument type.
      sample: {
        accounts: { ...SAMPLE_ROWS.accounts } as Record<string, unknown>,
        trades: { ...SAMPLE_ROWS.trades } as Record<string, unknown>,
      },
    },
  );
}
