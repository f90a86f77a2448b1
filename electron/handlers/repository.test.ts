import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HostCallError } from '../../shared/result';
import { FolderGrantStore } from '../storage/folderGrantStore';
import { RepositoryGrantStore } from '../storage/repositoryGrantStore';
import { repositoryHandlers } from './repository';

let sandbox: string;
let grants: FolderGrantStore;
let repositories: RepositoryGrantStore;
let bundled: string;
const context = { ownerWindow: null };

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'examiner-repo-handlers-'));
  await writeFile(join(sandbox, 'manifest.json'), '{"v":1}');
  grants = new FolderGrantStore(join(sandbox, 'grants.json'));
  repositories = new RepositoryGrantStore(join(sandbox, 'repository-grants.json'));
  bundled = join(sandbox, 'bundled');
  await mkdir(bundled);
  await writeFile(join(bundled, 'index.json'), '{"format":"sandbox-index/1"}');
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

describe('repository handlers', () => {
  it('reads from a granted folder by grant id', async () => {
    const handlers = repositoryHandlers(grants, repositories, vi.fn(), bundled);
    const { id } = await grants.grant(sandbox);
    const source = { kind: 'folder', grantId: id } as const;
    expect(await handlers['repo:stat']({ source, path: 'manifest.json' }, context)).toEqual({
      size: 7,
    });
    const chunk = await handlers['repo:read'](
      { source, path: 'manifest.json', range: { start: 1, end: 4 } },
      context,
    );
    expect(new TextDecoder().decode(chunk.bytes)).toBe('"v"');
  });

  it('reads the bundled demo repository from its folder, and nothing outside it', async () => {
    const handlers = repositoryHandlers(grants, repositories, vi.fn(), bundled);
    const source = { kind: 'bundled' } as const;
    expect(await handlers['repo:stat']({ source, path: 'index.json' }, context)).toEqual({
      size: 28,
    });
    await expect(
      Promise.resolve(handlers['repo:read']({ source, path: 'manifest.json' }, context)),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('answers not-found for an id that was never granted, without touching the network', async () => {
    const fetchHttp = vi.fn();
    const handlers = repositoryHandlers(grants, repositories, fetchHttp, bundled);
    const failure = await Promise.resolve(
      handlers['repo:read'](
        { source: { kind: 'folder', grantId: 'never-granted' }, path: 'manifest.json' },
        context,
      ),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostCallError);
    expect((failure as HostCallError).code).toBe('not-found');
    expect(fetchHttp).not.toHaveBeenCalled();
  });

  it('sends reads of an approved HTTP repository to the injected fetch', async () => {
    await repositories.grant('https://repo.example/base/');
    const fetchHttp = vi.fn(
      async () => new Response('abc', { status: 206, headers: { 'Content-Range': 'bytes 0-2/3' } }),
    );
    const handlers = repositoryHandlers(grants, repositories, fetchHttp, bundled);
    const chunk = await handlers['repo:read'](
      {
        source: { kind: 'http', baseUrl: 'https://repo.example/base' },
        path: 'a/b.json',
        range: { start: 0, end: 3 },
      },
      context,
    );
    expect(chunk).toEqual({ bytes: new TextEncoder().encode('abc'), totalSize: 3 });
    expect(fetchHttp).toHaveBeenCalledWith(
      'https://repo.example/base/a/b.json',
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('refuses an HTTP repository the user never approved, naming it, without any request', async () => {
    const fetchHttp = vi.fn();
    const handlers = repositoryHandlers(grants, repositories, fetchHttp, bundled);
    const source = { kind: 'http', baseUrl: 'https://collector.example/leak-4f2a' } as const;
    for (const call of [
      () => handlers['repo:stat']({ source, path: 'index.json' }, context),
      () => handlers['repo:read']({ source, path: 'index.json' }, context),
    ]) {
      const failure = await Promise.resolve(call()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(HostCallError);
      expect(failure).toMatchObject({
        code: 'forbidden',
        message: expect.stringContaining('https://collector.example/leak-4f2a'),
      });
    }
    expect(fetchHttp).not.toHaveBeenCalled();
  });

  it('fetches only below the approved base, whatever the page spells', async () => {
    await repositories.grant('https://mirror.example/sandbox/');
    const fetchHttp = vi.fn(async () => new Response('{}', { status: 200 }));
    const handlers = repositoryHandlers(grants, repositories, fetchHttp, bundled);
    await handlers['repo:read'](
      { source: { kind: 'http', baseUrl: 'https://MIRROR.example/sandbox' }, path: 'index.json' },
      context,
    );
    expect(fetchHttp).toHaveBeenCalledWith(
      'https://mirror.example/sandbox/index.json',
      expect.objectContaining({ method: 'GET' }),
    );
    // A sibling path on the same server is another repository: not approved.
    await expect(
      Promise.resolve(
        handlers['repo:read'](
          {
            source: { kind: 'http', baseUrl: 'https://mirror.example/other/' },
            path: 'index.json',
          },
          context,
        ),
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await repositories.revoke('https://mirror.example/sandbox/');
    await expect(
      Promise.resolve(
        handlers['repo:stat'](
          {
            source: { kind: 'http', baseUrl: 'https://mirror.example/sandbox/' },
            path: 'index.json',
          },
          context,
        ),
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(fetchHttp).toHaveBeenCalledTimes(1);
  });
});
