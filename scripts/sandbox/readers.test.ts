import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_READ_BYTES } from '../../shared/host/hostApi';
import { createStaticServer, listenOnLoopback } from '../lib/staticServer.mjs';
import { FolderRepositoryReader, HttpRepositoryReader, repositoryReaderFor } from './readers';

let root: string;
let outside: string;
let server: Server;
let baseUrl: string;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'reader-repo-'));
  outside = await mkdtemp(join(tmpdir(), 'reader-outside-'));
  await mkdir(join(root, 'packages', 'gd', '1'), { recursive: true });
  await writeFile(join(root, 'index.json'), '0123456789');
  await writeFile(
    join(root, 'packages', 'gd', '1', 'big.bin'),
    new Uint8Array(MAX_READ_BYTES + 10),
  );
  await writeFile(join(outside, 'secret.txt'), 'secret');
  await symlink(join(outside, 'secret.txt'), join(root, 'leak.txt'));
  await symlink(join(root, 'index.json'), join(root, 'alias.json'));
  server = createStaticServer([{ prefix: '/', folder: root }]);
  baseUrl = `http://127.0.0.1:${await listenOnLoopback(server, 0)}/`;
});

afterAll(async () => {
  server.close();
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe.each([
  ['folder', () => new FolderRepositoryReader(root)],
  ['http', () => new HttpRepositoryReader(baseUrl)],
])('%s reader', (_, makeReader) => {
  it('stats and reads byte ranges', async () => {
    const reader = makeReader();
    expect(await reader.stat('index.json')).toEqual({ size: 10 });
    const chunk = await reader.read('index.json', { start: 2, end: 5 });
    expect(text(chunk.bytes)).toBe('234');
    expect(chunk.totalSize).toBe(10);
    expect(text((await reader.read('index.json')).bytes)).toBe('0123456789');
    expect(text((await reader.read('index.json', { start: 8 })).bytes)).toBe('89');
  });

  it('returns at most MAX_READ_BYTES per read', async () => {
    const chunk = await makeReader().read('packages/gd/1/big.bin', { start: 5 });
    expect(chunk.bytes.length).toBe(MAX_READ_BYTES);
    expect(chunk.totalSize).toBe(MAX_READ_BYTES + 10);
  });

  it('refuses paths that could leave the repository before touching anything', async () => {
    const reader = makeReader();
    for (const path of [
      '../etc/passwd',
      '/etc/passwd',
      'packages\\gd',
      'C:/x',
      'packages//gd',
      './index.json',
    ]) {
      await expect(reader.stat(path), path).rejects.toThrow(/refused repository path/);
    }
  });

  it('refuses a symlink that leaves the folder', async () => {
    await expect(makeReader().read('leak.txt')).rejects.toThrow();
  });

  it('fails on a missing file', async () => {
    await expect(makeReader().stat('packages/gd/1/none.json')).rejects.toThrow();
  });
});

describe('folder reader', () => {
  it('follows a symlink that stays inside the folder, and refuses directories', async () => {
    const reader = new FolderRepositoryReader(root);
    expect(text((await reader.read('alias.json')).bytes)).toBe('0123456789');
    await expect(reader.stat('packages')).rejects.toThrow(/not a file/);
    await expect(reader.read('leak.txt')).rejects.toThrow(/outside the repository folder/);
  });
});

describe('repositoryReaderFor', () => {
  it('picks the reader by location', () => {
    expect(repositoryReaderFor('https://sandbox.example/repo/')).toBeInstanceOf(
      HttpRepositoryReader,
    );
    expect(repositoryReaderFor(root)).toBeInstanceOf(FolderRepositoryReader);
  });
});
