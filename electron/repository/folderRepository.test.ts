import { link, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_READ_BYTES } from '../../shared/host/hostApi';
import { HostCallError } from '../../shared/result';
import { readFolderFile, resolveRepositoryFile, statFolderFile } from './folderRepository';

let sandbox: string;
let root: string;

beforeEach(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'examiner-folder-'));
  root = join(sandbox, 'repository');
  await mkdir(join(root, 'packages', 'gd'), { recursive: true });
  await writeFile(join(root, 'packages', 'gd', 'data.bin'), Buffer.from('0123456789abcdef'));
  await writeFile(join(sandbox, 'secret.txt'), 'outside the grant');
});

afterEach(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

async function failureOf(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await work;
  } catch (error) {
    if (error instanceof HostCallError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('reading a granted folder', () => {
  it('reads a byte range and reports the total size', async () => {
    const chunk = await readFolderFile(root, 'packages/gd/data.bin', { start: 4, end: 10 });
    expect(new TextDecoder().decode(chunk.bytes)).toBe('456789');
    expect(chunk.totalSize).toBe(16);
    // An exactly sized buffer: IPC would copy a larger backing buffer whole.
    expect(chunk.bytes.buffer.byteLength).toBe(6);
  });

  it('reads the whole file without a range, and to the end with an open range', async () => {
    expect((await readFolderFile(root, 'packages/gd/data.bin')).bytes.length).toBe(16);
    const tail = await readFolderFile(root, 'packages/gd/data.bin', { start: 12 });
    expect(new TextDecoder().decode(tail.bytes)).toBe('cdef');
  });

  it('returns nothing for a range past the end', async () => {
    const chunk = await readFolderFile(root, 'packages/gd/data.bin', { start: 100, end: 200 });
    expect(chunk.bytes.length).toBe(0);
    expect(chunk.totalSize).toBe(16);
  });

  it('caps one read at MAX_READ_BYTES', async () => {
    await writeFile(join(root, 'big.bin'), Buffer.alloc(MAX_READ_BYTES + 10, 7));
    const chunk = await readFolderFile(root, 'big.bin');
    expect(chunk.bytes.length).toBe(MAX_READ_BYTES);
    expect(chunk.totalSize).toBe(MAX_READ_BYTES + 10);
  });

  it('stats a file', async () => {
    expect(await statFolderFile(root, 'packages/gd/data.bin')).toEqual({ size: 16 });
  });

  it('follows a symlink that stays inside the folder', async () => {
    await symlink(join(root, 'packages', 'gd', 'data.bin'), join(root, 'alias.bin'));
    expect(await statFolderFile(root, 'alias.bin')).toEqual({ size: 16 });
  });
});

describe('refusing paths that leave the granted folder', () => {
  it.each([
    ['..', '../secret.txt'],
    ['an absolute path', '/etc/passwd'],
    ['a backslash', 'packages\\gd\\data.bin'],
    ['an empty segment', 'packages//gd/data.bin'],
    ['a drive letter', 'C:/Windows/win.ini'],
    ['a percent-encoded ..', '%2e%2e/secret.txt'],
    ['a .. after a real folder', 'packages/../../secret.txt'],
    ['a NUL byte', 'packages/gd/data.bin\0.txt'],
    ['a home folder', '~/secret.txt'],
  ])('refuses %s as invalid-argument', async (_what, path) => {
    const failure = await failureOf(readFolderFile(root, path));
    expect(failure.code).toBe('invalid-argument');
    expect(failure.message).toMatch(/^path: /);
  });

  it('refuses a symlinked file that points outside', async () => {
    await symlink(join(sandbox, 'secret.txt'), join(root, 'escape.txt'));
    expect((await failureOf(readFolderFile(root, 'escape.txt'))).code).toBe('forbidden');
    expect((await failureOf(statFolderFile(root, 'escape.txt'))).code).toBe('forbidden');
  });

  it('refuses a symlinked directory that points outside', async () => {
    await symlink(sandbox, join(root, 'up'), 'dir');
    expect((await failureOf(readFolderFile(root, 'up/secret.txt'))).code).toBe('forbidden');
  });

  it('refuses a chain of symlinks that ends outside, even through an inside link', async () => {
    await symlink(join(sandbox, 'secret.txt'), join(sandbox, 'hop.txt'));
    await symlink(join(sandbox, 'hop.txt'), join(root, 'packages', 'outer.txt'));
    await symlink(join(root, 'packages', 'outer.txt'), join(root, 'inner.txt'));
    expect((await failureOf(readFolderFile(root, 'inner.txt'))).code).toBe('forbidden');
  });

  it('refuses a relative symlink climbing out with ..', async () => {
    await symlink('../../secret.txt', join(root, 'packages', 'climb.txt'));
    const failure = await failureOf(readFolderFile(root, 'packages/climb.txt'));
    expect(failure).toEqual({
      code: 'forbidden',
      message: 'packages/climb.txt: leads outside the granted folder',
    });
  });

  it('refuses a hard link to a file outside, and reads the file again once it has one name', async () => {
    await link(join(sandbox, 'secret.txt'), join(root, 'linked.txt'));
    const failure = await failureOf(readFolderFile(root, 'linked.txt'));
    expect(failure).toEqual({
      code: 'forbidden',
      message: 'linked.txt: has 2 hard links; copy the repository without hard links',
    });
    expect((await failureOf(statFolderFile(root, 'linked.txt'))).code).toBe('forbidden');
    await rm(join(sandbox, 'secret.txt'));
    expect(new TextDecoder().decode((await readFolderFile(root, 'linked.txt')).bytes)).toBe(
      'outside the grant',
    );
  });

  it('refuses a directory and reports a missing file as not-found', async () => {
    expect((await failureOf(readFolderFile(root, 'packages'))).code).toBe('invalid-argument');
    expect((await failureOf(readFolderFile(root, 'packages/missing.json'))).code).toBe('not-found');
    expect((await failureOf(readFolderFile(join(sandbox, 'gone'), 'a.json'))).code).toBe(
      'not-found',
    );
  });

  it('resolves to the real path inside the real root', async () => {
    const real = await resolveRepositoryFile(root, 'packages/gd/data.bin');
    expect(real.endsWith(join('packages', 'gd', 'data.bin'))).toBe(true);
  });
});
