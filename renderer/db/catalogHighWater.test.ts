import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogRollbackError } from '../../shared/package/catalogFreshness';
import { acceptCatalogGenerated } from './catalogHighWater';
import { openWorkstationDatabase, type WorkstationDatabase } from './database';

let db: WorkstationDatabase;

beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.sources.add({
    id: 'usb',
    kind: 'folder',
    location: 'grant-usb',
    title: 'U 盘',
    publisherKeyPem: 'pem',
    fingerprint: 'ab',
    addedAt: '2026-11-01T00:00:00.000Z',
  });
});
afterEach(() => db.close());

const newest = async () => (await db.sources.get('usb'))?.newestCatalogGenerated;

describe('the newest catalog seen per source', () => {
  it('is remembered on the source, and moves forward only', async () => {
    expect(await newest()).toBeUndefined();
    await acceptCatalogGenerated(db, 'usb', '2026-11-20T08:00:00+08:00');
    expect(await newest()).toBe('2026-11-20T08:00:00+08:00');
    await acceptCatalogGenerated(db, 'usb', '2026-11-20T08:00:00+08:00');
    await acceptCatalogGenerated(db, 'usb', '2026-11-25T08:00:00+08:00');
    expect(await newest()).toBe('2026-11-25T08:00:00+08:00');
  });

  it('refuses an older catalog and keeps the newer mark', async () => {
    await acceptCatalogGenerated(db, 'usb', '2026-11-25T08:00:00+08:00');
    await expect(
      acceptCatalogGenerated(db, 'usb', '2026-11-20T08:00:00+08:00'),
    ).rejects.toBeInstanceOf(CatalogRollbackError);
    await expect(
      acceptCatalogGenerated(db, 'usb', '2026-11-20T08:00:00+08:00'),
    ).rejects.toMatchObject({
      seen: '2026-11-25T08:00:00+08:00',
      served: '2026-11-20T08:00:00+08:00',
    });
    expect(await newest()).toBe('2026-11-25T08:00:00+08:00');
  });

  it('keeps the newest when two readers race', async () => {
    await Promise.allSettled([
      acceptCatalogGenerated(db, 'usb', '2026-11-25T00:00:00Z'),
      acceptCatalogGenerated(db, 'usb', '2026-11-21T00:00:00Z'),
      acceptCatalogGenerated(db, 'usb', '2026-11-23T00:00:00Z'),
    ]);
    expect(await newest()).toBe('2026-11-25T00:00:00Z');
  });

  it('ignores a source that has been removed', async () => {
    await acceptCatalogGenerated(db, 'gone', '2026-11-20T08:00:00+08:00');
    expect(await db.sources.get('gone')).toBeUndefined();
  });
});
