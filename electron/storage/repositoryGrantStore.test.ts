import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RepositoryGrantStore } from './repositoryGrantStore';

let folder: string;
let file: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'examiner-repository-grants-'));
  file = join(folder, 'nested', 'repository-grants.json');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('RepositoryGrantStore', () => {
  it('persists an approval of the exact base, in its canonical spelling', async () => {
    const store = new RepositoryGrantStore(file, () => new Date('2026-11-26T08:00:00Z'));
    await store.grant('https://Sandbox.Example.cn/repo');
    const reopened = new RepositoryGrantStore(file);
    expect(await reopened.list()).toEqual(['https://sandbox.example.cn/repo/']);
    expect(await reopened.isGranted('https://sandbox.example.cn/repo/')).toBe(true);
    expect(await reopened.isGranted('https://sandbox.example.cn/repo')).toBe(true);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      version: 1,
      repositories: [
        { baseUrl: 'https://sandbox.example.cn/repo/', grantedAt: '2026-11-26T08:00:00.000Z' },
      ],
    });
  });

  it('grants nothing beyond the exact base: not the origin, a parent, a sibling or another scheme', async () => {
    const store = new RepositoryGrantStore(file);
    await store.grant('https://sandbox.example.cn/repo/');
    for (const other of [
      'https://sandbox.example.cn/',
      'https://sandbox.example.cn/repo2/',
      'https://sandbox.example.cn/repo/sub/',
      'http://sandbox.example.cn/repo/',
      'https://sandbox.example.cn:8443/repo/',
      'https://sandbox.example.cn/repo/?x=1',
      'not a url',
    ])
      expect([other, await store.isGranted(other)]).toEqual([other, false]);
  });

  it('keeps every grant when several are made at once, and one entry per base', async () => {
    const store = new RepositoryGrantStore(file);
    const bases = ['https://a.example/', 'https://b.example/', 'https://c.example/'];
    await Promise.all([...bases, ...bases].map((base) => store.grant(base)));
    expect((await store.list()).sort()).toEqual(bases);
  });

  it('revokes a grant, and revoking twice or what was never granted is harmless', async () => {
    const store = new RepositoryGrantStore(file);
    await store.grant('https://a.example/repo/');
    await store.revoke('https://a.example/repo');
    await store.revoke('https://a.example/repo/');
    await store.revoke('https://never.example/');
    expect(await store.list()).toEqual([]);
    expect(await store.isGranted('https://a.example/repo/')).toBe(false);
  });

  it('refuses to record something that is not a repository address', async () => {
    const store = new RepositoryGrantStore(file);
    await expect(store.grant('file:///etc/')).rejects.toThrow('file:///etc/');
    await expect(store.grant('https://u:p@a.example/')).rejects.toThrow('credentials');
    expect(await store.list()).toEqual([]);
  });

  it('reads a corrupt file, or entries not in canonical form, as no grants', async () => {
    const store = new RepositoryGrantStore(file);
    await store.grant('https://a.example/');
    await writeFile(
      file,
      '{"version":1,"repositories":[{"baseUrl":"https://A.example","grantedAt":""}]}',
    );
    expect(await store.isGranted('https://a.example/')).toBe(false);
    await writeFile(file, 'not json');
    expect(await store.list()).toEqual([]);
  });

  it('writes the file for its owner only', async () => {
    const store = new RepositoryGrantStore(file);
    await store.grant('https://a.example/');
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});
