import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN } from './appOrigin';
import {
  CONTENT_SECURITY_POLICY,
  createAppRequestHandler,
  mimeTypeFor,
  resolveMountedPath,
} from './appProtocol';

let sandbox: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'examiner-protocol-'));
  await mkdir(join(sandbox, 'renderer', 'assets'), { recursive: true });
  await mkdir(join(sandbox, 'demo'), { recursive: true });
  await writeFile(join(sandbox, 'renderer', 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(join(sandbox, 'renderer', 'assets', 'index-1a2b.js'), 'console.log(1)');
  await writeFile(join(sandbox, 'renderer', 'assets', 'font.woff2'), 'font');
  await writeFile(join(sandbox, 'demo', 'index.json'), '{}');
  await writeFile(join(sandbox, 'secret.txt'), 'outside');
  handler = createAppRequestHandler([
    { prefix: '/', folder: join(sandbox, 'renderer'), fallback: 'index.html' },
    { prefix: '/demo-repository/', folder: join(sandbox, 'demo') },
  ]);
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) =>
  handler(new Request(`${APP_ORIGIN}${path}`, init));

describe('the app:// protocol', () => {
  it('serves the renderer with its MIME type and the strict CSP', async () => {
    const response = await get('/assets/index-1a2b.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves index.html at the root and for client-side routes', async () => {
    for (const path of ['/', '/alerts', '/cases/42']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    }
  });

  it('serves the demo repository beside the renderer', async () => {
    const response = await get('/demo-repository/index.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('answers 404, still with the CSP, for missing files with an extension', async () => {
    const response = await get('/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%5c..%5csecret.txt',
    '/a%00.js',
  ])('refuses %s, which would leave the folder', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside');
  });

  it('refuses other hosts and methods', async () => {
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(404);
    expect((await get('/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });
});

describe('resolveMountedPath', () => {
  const mount = { prefix: '/', folder: '/srv/app' };
  it('maps inside paths and refuses escaping ones', () => {
    expect(resolveMountedPath(mount, '/assets/a.js')).toBe('/srv/app/assets/a.js');
    expect(resolveMountedPath(mount, '/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveMountedPath(mount, '/%E0%A4%A')).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['a.wasm', 'application/wasm'],
    ['a.woff2', 'font/woff2'],
    ['a.svg', 'image/svg+xml'],
    ['a.unknown', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('has every directive the workstation relies on', () => {
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "worker-src 'self' blob:",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ])
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
  });
});
