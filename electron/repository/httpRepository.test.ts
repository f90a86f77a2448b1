import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_READ_BYTES } from '../../shared/host/hostApi';
import { HostCallError } from '../../shared/result';
import type { HttpFetch } from './httpRepository';
import { mayFollowRedirect, readHttpFile, statHttpFile } from './httpRepository';

const CONTENT = Buffer.from('0123456789abcdefghij');

/** A tiny repository server: one file honours Range, one ignores it, a few misbehave. */
const server = createServer((request, response) => {
  const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? '');
  switch (request.url) {
    case '/repo/ranged.bin': {
      if (!range) {
        response.writeHead(200, { 'Content-Length': CONTENT.length });
        response.end(request.method === 'HEAD' ? undefined : CONTENT);
        return;
      }
      const first = Number(range[1]);
      if (first >= CONTENT.length) {
        response.writeHead(416, { 'Content-Range': `bytes */${CONTENT.length}` });
        response.end();
        return;
      }
      const last = Math.min(Number(range[2]), CONTENT.length - 1);
      response.writeHead(206, { 'Content-Range': `bytes ${first}-${last}/${CONTENT.length}` });
      response.end(CONTENT.subarray(first, last + 1));
      return;
    }
    case '/repo/ignores-range.bin':
      response.writeHead(200, { 'Content-Length': CONTENT.length });
      response.end(CONTENT);
      return;
    case '/repo/wrong-range.bin':
      response.writeHead(206, { 'Content-Range': `bytes 0-3/${CONTENT.length}` });
      response.end(CONTENT.subarray(0, 4));
      return;
    case '/repo/trickle.bin': {
      // Answers one byte per request, whatever was asked: each request is quick, the file endless.
      const first = Number(range?.[1] ?? 0);
      response.writeHead(206, { 'Content-Range': `bytes ${first}-${first}/${CONTENT.length}` });
      response.end(CONTENT.subarray(first, first + 1));
      return;
    }
    case '/repo/cut-short.bin':
      // Names the range asked for, then ends the (chunked) body early.
      response.writeHead(206, { 'Content-Range': `bytes 5-8/${CONTENT.length}` });
      response.end(CONTENT.subarray(5, 7));
      return;
    case '/repo/cut-short-whole.bin':
      // Ignores Range and promises the whole file, then sends half of it (no Content-Length).
      response.writeHead(200, { 'X-Length': String(CONTENT.length) });
      response.end(CONTENT.subarray(0, 10));
      return;
    case '/repo/broken':
      response.writeHead(500);
      response.end();
      return;
    default:
      response.writeHead(404);
      response.end();
  }
});

let baseUrl = '';
// Node's fetch stands in for Electron's; redirects are refused outright here.
const nodeFetch: HttpFetch = (url, init) => fetch(url, { ...init, redirect: 'error' });

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/repo/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof HostCallError) return error.code;
    throw error;
  }
  throw new Error('expected the call to fail');
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('reading over HTTP', () => {
  it('reads a byte range with a Range request', async () => {
    const chunk = await readHttpFile(nodeFetch, baseUrl, 'ranged.bin', { start: 5, end: 9 });
    expect(text(chunk.bytes)).toBe('5678');
    expect(chunk.totalSize).toBe(20);
  });

  it('cuts the asked-for part out of a server that ignores Range', async () => {
    const chunk = await readHttpFile(nodeFetch, baseUrl, 'ignores-range.bin', { start: 5, end: 9 });
    expect(text(chunk.bytes)).toBe('5678');
    expect(chunk.totalSize).toBe(20);
  });

  it('reads from an offset to the end', async () => {
    const chunk = await readHttpFile(nodeFetch, baseUrl, 'ranged.bin', { start: 15 });
    expect(text(chunk.bytes)).toBe('fghij');
  });

  it('returns nothing past the end (416) with the total size', async () => {
    const chunk = await readHttpFile(nodeFetch, baseUrl, 'ranged.bin', { start: 50, end: 60 });
    expect(chunk.bytes.length).toBe(0);
    expect(chunk.totalSize).toBe(20);
  });

  it('never asks for more than MAX_READ_BYTES at once', async () => {
    let asked = '';
    const spy: HttpFetch = (url, init) => {
      asked = init.headers.Range ?? '';
      return nodeFetch(url, init);
    };
    await readHttpFile(spy, baseUrl, 'ranged.bin');
    expect(asked).toBe(`bytes=0-${MAX_READ_BYTES - 1}`);
  });

  it('stats a file from its Content-Length', async () => {
    expect(await statHttpFile(nodeFetch, baseUrl, 'ranged.bin')).toEqual({ size: 20 });
  });

  it('maps failures onto host error codes', async () => {
    expect(await codeOf(readHttpFile(nodeFetch, baseUrl, 'missing.json'))).toBe('not-found');
    expect(await codeOf(readHttpFile(nodeFetch, baseUrl, 'broken'))).toBe('network');
    expect(
      await codeOf(readHttpFile(nodeFetch, baseUrl, 'wrong-range.bin', { start: 8, end: 12 })),
    ).toBe('network');
    expect(await codeOf(readHttpFile(nodeFetch, 'http://127.0.0.1:1/', 'a.json'))).toBe('network');
    expect(await codeOf(readHttpFile(nodeFetch, baseUrl, '../escape.json'))).toBe(
      'invalid-argument',
    );
  });
});

describe('a server answering less than asked (slow retrieval)', () => {
  it('is refused when it names fewer bytes than the file holds, so a pull cannot trickle', async () => {
    await expect(
      readHttpFile(nodeFetch, baseUrl, 'trickle.bin', { start: 5, end: 9 }),
    ).rejects.toMatchObject({
      code: 'network',
      message: expect.stringContaining(
        'the server answered 1 of the 4 bytes asked for from byte 5',
      ),
    });
  });

  it('is refused when the body ends before the bytes its Content-Range names', async () => {
    await expect(
      readHttpFile(nodeFetch, baseUrl, 'cut-short.bin', { start: 5, end: 9 }),
    ).rejects.toMatchObject({
      code: 'network',
      message: expect.stringContaining('the transfer ended after 2 of 4 bytes from byte 5'),
    });
  });

  it('takes a whole-file answer without Content-Length as ending where the file ends', async () => {
    const chunk = await readHttpFile(nodeFetch, baseUrl, 'cut-short-whole.bin', {
      start: 5,
      end: 15,
    });
    expect(text(chunk.bytes)).toBe('56789');
  });
});

describe('refusing paths that leave the repository URL', () => {
  it.each([
    '../escape.json',
    '/etc/passwd',
    '%2e%2e/escape.json',
    'a/../../escape.json',
    '//evil.example/x.json',
    'C:/x.json',
    'a\\..\\..\\x.json',
  ])('refuses %s before any request is made', async (path) => {
    let requests = 0;
    const counting: HttpFetch = (url, init) => {
      requests += 1;
      return nodeFetch(url, init);
    };
    expect(await codeOf(readHttpFile(counting, baseUrl, path))).toBe('invalid-argument');
    expect(await codeOf(statHttpFile(counting, baseUrl, path))).toBe('invalid-argument');
    expect(requests).toBe(0);
  });
});

describe('HTTP helpers', () => {
  it('follows redirects only within the origin', () => {
    expect(
      mayFollowRedirect('https://repo.example/a/x.json', 'https://repo.example/b/x.json'),
    ).toBe(true);
    expect(mayFollowRedirect('https://repo.example/x', 'https://evil.example/x')).toBe(false);
    expect(mayFollowRedirect('https://repo.example/x', 'http://repo.example/x')).toBe(false);
    expect(mayFollowRedirect('https://repo.example/x', 'https://repo.example:8443/x')).toBe(false);
    expect(mayFollowRedirect('https://repo.example/x', 'not a url')).toBe(false);
  });
});
