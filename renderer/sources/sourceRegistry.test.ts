import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FolderGrant } from '../../shared/host/hostApi';
import { openWorkstationDatabase, type WorkstationDatabase } from '../db/database';
import { createSourceRegistry, sourceLocation, type SourceRegistry } from './sourceRegistry';

const PEM = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=
-----END PUBLIC KEY-----
`;
const OTHER_PEM = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAjukuGs1Wpzb9dABr2zCl6OVrt+2/MHXu2QQRwTyx4sM=
-----END PUBLIC KEY-----
`;

let db: WorkstationDatabase;
let grants: FolderGrant[];
let forgotten: string[];
let approvals: string[];
let revoked: string[];
let userAllows: boolean;
let registry: SourceRegistry;
let clock = 0;

beforeEach(async () => {
  db = await openWorkstationDatabase({
    name: 'sources-test',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  grants = [{ id: 'grant-usb', label: '/media/usb/sandbox' }];
  forgotten = [];
  approvals = [];
  revoked = [];
  userAllows = true;
  let ids = 0;
  registry = createSourceRegistry({
    database: () => db,
    host: {
      listFolders: async () => grants,
      forgetFolder: async (id) => {
        forgotten.push(id);
      },
      approveRepository: async (baseUrl) => {
        approvals.push(baseUrl);
        return userAllows;
      },
      revokeRepository: async (baseUrl) => {
        revoked.push(baseUrl);
      },
    },
    actor: async () => 'analyst-1',
    now: () => new Date(Date.UTC(2026, 10, 20, 0, 0, clock++)),
    newId: () => `source-${++ids}`,
  });
});
afterEach(() => db.close());

const http = {
  kind: 'http' as const,
  location: 'https://sandbox.example.cn/',
  title: '广东沙箱',
  publisherKeyPem: PEM,
};

describe('the source registry', () => {
  it('adds a source with its pinned key and audits it', async () => {
    const added = await registry.addSource(http);
    expect(added).toMatchObject({
      id: 'source-1',
      kind: 'http',
      location: 'https://sandbox.example.cn/',
      fingerprint: '21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9',
    });
    expect(await registry.listSources()).toEqual([added]);
    const [entry] = await db.audit.toArray();
    expect(entry).toMatchObject({
      action: 'source.added',
      entity: 'source',
      entityId: 'source-1',
      actor: 'analyst-1',
    });
    expect(entry?.after).toMatchObject({ fingerprint: added.fingerprint, title: '广东沙箱' });
  });

  it('refuses a second source at the same place, even with another key', async () => {
    await registry.addSource(http);
    await expect(
      registry.addSource({
        ...http,
        location: 'https://sandbox.example.cn',
        publisherKeyPem: OTHER_PEM,
      }),
    ).rejects.toMatchObject({ code: 'duplicate' });
    await registry.addSource({ ...http, location: 'https://mirror.example.cn/' });
    await registry.addSource({
      kind: 'bundled',
      location: '',
      title: '示范沙箱',
      publisherKeyPem: PEM,
    });
    await expect(
      registry.addSource({ kind: 'bundled', location: '', title: 'again', publisherKeyPem: PEM }),
    ).rejects.toMatchObject({ code: 'duplicate' });
    expect((await registry.listSources()).map((source) => source.kind)).toEqual([
      'http',
      'http',
      'bundled',
    ]);
    expect(await db.audit.count()).toBe(3);
  });

  it('accepts only folders the host has granted, and forgets the grant on removal', async () => {
    const folder = {
      kind: 'folder' as const,
      location: 'grant-usb',
      title: 'U 盘',
      publisherKeyPem: PEM,
    };
    await expect(
      registry.prepareSource({ ...folder, location: 'grant-gone' }),
    ).rejects.toMatchObject({
      code: 'folder-not-granted',
    });
    const added = await registry.addSource(folder);
    await registry.removeSource(added.id);
    expect(forgotten).toEqual(['grant-usb']);
    expect(await registry.listSources()).toEqual([]);
    expect((await db.audit.toArray()).map((entry) => entry.action)).toEqual([
      'source.added',
      'source.removed',
    ]);
  });

  it('asks the host to approve an HTTP source before saving it, and revokes it on removal', async () => {
    const added = await registry.addSource({ ...http, location: 'https://sandbox.example.cn' });
    expect(approvals).toEqual(['https://sandbox.example.cn/']);
    await registry.removeSource(added.id);
    expect(revoked).toEqual(['https://sandbox.example.cn/']);
    expect(forgotten).toEqual([]);
  });

  it('saves nothing when the user does not allow the address', async () => {
    userAllows = false;
    await expect(registry.addSource(http)).rejects.toMatchObject({ code: 'not-approved' });
    expect(await db.sources.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    // Folders and the bundled demo need no address approval.
    await registry.addSource({
      kind: 'folder',
      location: 'grant-usb',
      title: 'U 盘',
      publisherKeyPem: PEM,
    });
    expect(approvals).toEqual(['https://sandbox.example.cn/']);
  });

  it('validates before anything is written', async () => {
    await expect(
      registry.addSource({ ...http, location: 'https://u:p@sandbox.example.cn/' }),
    ).rejects.toMatchObject({
      code: 'url-credentials',
    });
    await expect(
      registry.addSource({ ...http, publisherKeyPem: 'not a key' }),
    ).rejects.toMatchObject({
      code: 'bad-pem',
    });
    await expect(registry.removeSource('missing')).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.sources.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('tells the host where each kind of source lives', () => {
    expect(sourceLocation({ kind: 'http', location: 'https://a.example/' })).toEqual({
      kind: 'http',
      baseUrl: 'https://a.example/',
    });
    expect(sourceLocation({ kind: 'folder', location: 'grant-usb' })).toEqual({
      kind: 'folder',
      grantId: 'grant-usb',
    });
    expect(sourceLocation({ kind: 'bundled', location: '' })).toEqual({ kind: 'bundled' });
  });
});
