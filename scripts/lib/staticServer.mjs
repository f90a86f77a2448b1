// A small static file server for loopback use: GET/HEAD, single byte ranges, CORS for
// the browser host, and no path that resolves outside the served folders.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @typedef {{ prefix: string, folder: string, fallback?: string }} Mount
 * `prefix` is a URL path such as `/` or `/demo-repository/`; `fallback` serves a file for unknown paths.
 */

/** @param {string} header @param {number} size */
export function parseRange(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from, to] = match;
  if (from === '' && to === '') return null;
  let start;
  let end;
  if (from === '') {
    start = Math.max(0, size - Number(to));
    end = size - 1;
  } else {
    start = Number(from);
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (start > end || start >= size) return 'unsatisfiable';
  return { start, end };
}

/** @param {Mount} mount @param {string} relative */
async function resolveInside(mount, relative) {
  const root = await realpath(mount.folder);
  const candidate = join(root, ...relative.split('/').filter(Boolean));
  try {
    const real = await realpath(candidate);
    if (real !== root && !real.startsWith(root + sep)) return null;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size } : null;
  } catch {
    return null;
  }
}

/** @param {Mount[]} mounts */
export function createStaticServer(mounts) {
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  return createServer(async (request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'Range');
    response.setHeader(
      'Access-Control-Expose-Headers',
      'Content-Range, Content-Length, Accept-Ranges',
    );
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS' }).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD, OPTIONS' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    if (pathname.split('/').includes('..')) {
      response.writeHead(400).end('bad path');
      return;
    }
    const mount = ordered.find((m) => pathname.startsWith(m.prefix));
    if (!mount) {
      response.writeHead(404).end('not found');
      return;
    }
    let file = await resolveInside(mount, pathname.slice(mount.prefix.length));
    if (!file && mount.fallback) file = await resolveInside(mount, mount.fallback);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const headers = {
      'Content-Type':
        CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(file.path))] ??
        'application/octet-stream',
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'no-cache',
    };
    const range = request.headers.range ? parseRange(request.headers.range, file.size) : null;
    if (range === 'unsatisfiable') {
      response.writeHead(416, { 'Content-Range': `bytes */${file.size}` }).end();
      return;
    }
    if (range) {
      response.writeHead(206, {
        ...headers,
        'Content-Range': `bytes ${range.start}-${range.end}/${file.size}`,
        'Content-Length': String(range.end - range.start + 1),
      });
    } else {
      response.writeHead(200, { ...headers, 'Content-Length': String(file.size) });
    }
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file.path, range ? { start: range.start, end: range.end } : {}).pipe(response);
  });
}

/** Listens on loopback only and resolves with the bound port. @param {import('node:http').Server} server @param {number} port */
export function listenOnLoopback(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
