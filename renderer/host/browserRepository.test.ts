import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import { createStaticServer, listenOnLoopback } from '../../scripts/lib/staticServer.mjs';
import { readRepositoryFile, statRepositoryFile } from './browserRepository';

let folder: string;
let server: Server;
let baseUrl: string;
const content = new Uint8Array(Array.from({ length: 1000 }, (_, i) => i % 251));

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'repo-'));
  await mkdir(join(folder, 'packages', 'gd', '1'), { recursive: true });
  await writeFile(join(folder, 'packages', 'gd', '1', 'trades.ndjson.gz.age'), content);
  await writeFile(join(folder, 'index.json'), '{"format":"sandbox-index/1"}');
  server = createStaticServer([{ prefix: '/repo/', folder }]);
  const port = await listenOnLoopback(server, 0);
  baseUrl = `http://127.0.0.1:${port}/repo`;
});

afterAll(async () => {
  server.close();
  await rm(folder, { recursive: true, force: true });
});

describe('browser host: HTTP repository reads', () => {
  it('reads a byte range and reports the whole size', async () => {
    const source = { kind: 'http', baseUrl } as const;
    const chunk = await readRepositoryFile(source, 'packages/gd/1/trades.ndjson.gz.age', {
      start: 100,
      end: 350,
    });
    expect(chunk.totalSize).toBe(1000);
    expect(Array.from(chunk.bytes)).toEqual(Array.from(content.slice(100, 350)));
  });

  it('stats a file', async () => {
    const info = await statRepositoryFile({ kind: 'http', baseUrl: `${baseUrl}/` }, 'index.json');
    expect(info.size).toBe(28);
  });

  it('names the missing file', async () => {
    await expect(
      readRepositoryFile({ kind: 'http', baseUrl }, 'packages/gd/2/manifest.json'),
    ).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('packages/gd/2/manifest.json'),
    });
  });

  it('refuses paths that could leave the repository before any request', async () => {
    for (const path of ['../secret', '/etc/passwd', 'packages/../index.json', 'a\\b', 'C:/x']) {
      await expect(readRepositoryFile({ kind: 'http', baseUrl }, path)).rejects.toMatchObject({
        code: 'invalid-argument',
      });
    }
  });
});

describe('browser host: a server answering less than asked (slow retrieval)', () => {
  it('is refused, naming how many bytes came of how many', async () => {
    // One byte per answer, whatever was asked: quick requests, an endless pull.
    const trickle = createServer((request, response) => {
      const first = Number(/^bytes=(\d+)-/.exec(request.headers.range ?? '')?.[1] ?? 0);
      response.writeHead(206, { 'Content-Range': `bytes ${first}-${first}/1000` });
      response.end(Buffer.from([first % 251]));
    });
    const port = await listenOnLoopback(trickle, 0);
    try {
      await expect(
        readRepositoryFile({ kind: 'http', baseUrl: `http://127.0.0.1:${port}/` }, 'a.bin', {
          start: 100,
          end: 350,
        }),
      ).rejects.toMatchObject({
        code: 'network',
        message: expect.stringContaining('the server answered 1 of the 250 bytes asked for'),
      });
    } finally {
      trickle.close();
    }
  });
});
