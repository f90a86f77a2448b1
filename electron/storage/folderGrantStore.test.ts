import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderGrantStore } from './folderGrantStore';

let folder: string;
let file: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'examiner-grants-'));
  file = join(folder, 'nested', 'folder-grants.json');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('FolderGrantStore', () => {
  it('grants folders under random ids and persists them', async () => {
    const store = new FolderGrantStore(file);
    const grant = await store.grant('/data/repository');
    expect(grant.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(grant.label).toBe('/data/repository');
    const reopened = new FolderGrantStore(file);
    expect(await reopened.list()).toEqual([grant]);
    expect(await reopened.pathOf(grant.id)).toBe('/data/repository');
  });

  it('returns the existing grant for the same folder', async () => {
    const store = new FolderGrantStore(file);
    const first = await store.grant('/data/a');
    expect(await store.grant('/data/a')).toEqual(first);
    expect(await store.list()).toHaveLength(1);
  });

  it('keeps every grant when several are made at once', async () => {
    const store = new FolderGrantStore(file);
    await Promise.all(['/a', '/b', '/c', '/d'].map((path) => store.grant(path)));
    expect((await store.list()).map((grant) => grant.label).sort()).toEqual([
      '/a',
      '/b',
      '/c',
      '/d',
    ]);
  });

  it('forgets a grant, and forgetting twice is harmless', async () => {
    const store = new FolderGrantStore(file);
    const grant = await store.grant('/data/a');
    await store.forget(grant.id);
    await store.forget(grant.id);
    expect(await store.list()).toEqual([]);
    expect(await store.pathOf(grant.id)).toBeNull();
  });

  it('reads a corrupt or foreign file as no grants', async () => {
    const store = new FolderGrantStore(file);
    await store.grant('/data/a');
    await writeFile(file, '{"version":1,"grants":[{"id":"../x","path":"/etc"}]}');
    expect(await store.list()).toEqual([]);
    await writeFile(file, 'not json');
    expect(await store.list()).toEqual([]);
  });

  it('writes the file for its owner only', async () => {
    const store = new FolderGrantStore(file);
    await store.grant('/data/a');
    const { stat } = await import('node:fs/promises');
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: 1 });
  });
});
