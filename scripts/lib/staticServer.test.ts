import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { createStaticServer, listenOnLoopback, parseRange } from './staticServer.mjs';

let folder: string;
let outside: string;
let server: Server;
let port: number;

/** Raw request, so `..` reaches the server unnormalised. */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'served-'));
  outside = await mkdtemp(join(tmpdir(), 'outside-'));
  await writeFile(join(folder, 'a.txt'), '0123456789');
  await writeFile(join(outside, 'secret.txt'), 'secret');
  await symlink(join(outside, 'secret.txt'), join(folder, 'link.txt'));
  server = createStaticServer([{ prefix: '/', folder }]);
  port = await listenOnLoopback(server, 0);
});

afterAll(async () => {
  server.close();
  await rm(folder, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('static server', () => {
  it('parses single byte ranges', () => {
    expect(parseRange('bytes=2-4', 10)).toEqual({ start: 2, end: 4 });
    expect(parseRange('bytes=-3', 10)).toEqual({ start: 7, end: 9 });
    expect(parseRange('bytes=5-', 10)).toEqual({ start: 5, end: 9 });
    expect(parseRange('bytes=10-', 10)).toBe('unsatisfiable');
    expect(parseRange('items=1-2', 10)).toBeNull();
  });

  it('serves ranges with Content-Range and CORS', async () => {
    const res = await get('/a.txt', { Range: 'bytes=2-4' });
    expect(res.status).toBe(206);
    expect(res.body).toBe('234');
    expect(res.headers['content-range']).toBe('bytes 2-4/10');
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('refuses traversal and symlinks that leave the folder', async () => {
    // The URL parser folds `..` (plain or percent-encoded) into the root, where nothing matches.
    for (const path of [
      '/../outside/secret.txt',
      '/%2e%2e/outside/secret.txt',
      '/..%2Foutside%2Fsecret.txt',
    ]) {
      const res = await get(path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.body).not.toContain('secret');
    }
    const viaLink = await get('/link.txt');
    expect(viaLink.status).toBe(404);
    expect(viaLink.body).not.toContain('secret');
  });
});
