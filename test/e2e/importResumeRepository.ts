// A repository whose trades table is several range reads long (its rows carry an incompressible
// extra column), served so that the trades file comes slowly, one range at a time, with a log of
// the Range headers asked for it: the resume test reloads in the middle and reads the log.
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { ed25519PublicKeyToPem } from '../../shared/crypto/ed25519PublicKey';
import { fixtureNdjson, fixtureTables } from '../../shared/importer/testing/fixtureTables';
import {
  buildFixtureRepository,
  createFixturePublisher,
} from '../../shared/package/testing/packageFixture';
import { createStaticServer, listenOnLoopback } from '../../scripts/lib/staticServer.mjs';

export const RESUME_DATASET = { id: 'gd-resume', title: '断点续传测试数据集' };
const SIZE = { accounts: 500, ordersPerAccount: 200 };
/** Bytes a second the trades file is sent at. */
const TRADES_BYTES_PER_SECOND = 1.5 * 1024 * 1024;

export const RESUME_ROWS = (() => {
  const tables = fixtureTables(SIZE);
  return Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);
})();

export interface RangeRequest {
  start: number;
  end: number | null;
  /** Set once the whole answer has been sent. */
  finished: boolean;
}

/** What happened to each request, with times since the server started: printed when a test fails. */
export const serverEvents: string[] = [];
const started = Date.now();
export function logEvent(text: string): void {
  serverEvents.push(`${((Date.now() - started) / 1000).toFixed(2)}s ${text}`);
}

export interface ResumeRepository {
  url: string;
  publisherKeyPem: string;
  identity: string;
  tradesBytes: number;
  /** Every GET of the trades file, in the order they came. */
  tradesRequests: RangeRequest[];
  /** Holds back every answer for trades bytes from `start` on, until `releaseTrades`. */
  holdTradesFrom(start: number): void;
  releaseTrades(): void;
  close(): Promise<void>;
}

/** 32 random-looking bytes as hex, from a seeded generator: the same repository every run. */
function noiseOf(seed: number): string {
  let state = seed * 2654435761 + 1;
  let text = '';
  for (let i = 0; i < 8; i++) {
    state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    text += state.toString(16).padStart(8, '0');
  }
  return text;
}

function tables() {
  const all = fixtureTables(SIZE);
  all.trades = (all.trades ?? []).map((trade, i) => ({ ...trade, note: noiseOf(i) + noiseOf(~i) }));
  return all;
}

/** Where the trades answers stop until released (the test reloads while they wait). */
class TradesGate {
  from = Number.POSITIVE_INFINITY;
  private open!: () => void;
  released = new Promise<void>((resolve) => (this.open = resolve));

  release(): void {
    this.from = Number.POSITIVE_INFINITY;
    this.open();
  }
}

/** Sends the trades file's answers one at a time, slowly; logs their ranges; the rest at once. */
function throttledTrades(server: Server, log: RangeRequest[], gate: TradesGate): Server {
  const [handler] = server.listeners('request') as ((
    request: IncomingMessage,
    response: ServerResponse,
  ) => void)[];
  let queue: Promise<void> = Promise.resolve();
  const socketIds = new Map<object, number>();
  return createServer((request, response) => {
    if (request.method !== 'GET' || !request.url?.includes('/trades.')) {
      logEvent(`other ${request.method} ${request.url} range=${request.headers.range ?? '-'}`);
      response.on('close', () =>
        logEvent(
          `other closed ${request.method} ${request.url} finished=${response.writableFinished}`,
        ),
      );
      handler?.(request, response);
      return;
    }
    const match = /bytes=(\d+)-(\d*)/.exec(request.headers.range ?? '');
    const entry: RangeRequest = {
      start: Number(match?.[1] ?? 0),
      end: match?.[2] ? Number(match[2]) + 1 : null,
      finished: false,
    };
    log.push(entry);
    const id = log.length;
    if (!socketIds.has(request.socket)) socketIds.set(request.socket, socketIds.size + 1);
    logEvent(
      `trades #${id} asked ${request.headers.range ?? '-'} socket=${socketIds.get(request.socket)}`,
    );
    // Listen at once: a request the page gave up on while it queued must not hold the queue.
    const closed = new Promise<void>((resolve) =>
      response.on('close', () => {
        entry.finished = response.writableFinished;
        logEvent(
          `trades #${id} closed finished=${entry.finished} destroyed=${response.destroyed} socketBytes=${response.socket?.bytesWritten ?? '-'}`,
        );
        resolve();
      }),
    );
    queue = queue.then(async () => {
      if (entry.start >= gate.from) await Promise.race([gate.released, closed]);
      logEvent(`trades #${id} dequeued destroyed=${response.destroyed}`);
      if (!response.destroyed) {
        slowly(response);
        handler?.(request, response);
      }
      return closed;
    });
  });
}

/** Makes `response.write` and `end` trickle at TRADES_BYTES_PER_SECOND. */
function slowly(response: ServerResponse): void {
  const write = response.write.bind(response) as (chunk: Buffer) => boolean;
  const end = response.end.bind(response) as (chunk?: Buffer) => ServerResponse;
  let sending: Promise<void> = Promise.resolve();
  const pace = (chunk: Buffer) => {
    sending = sending.then(async () => {
      for (let at = 0; at < chunk.length && !response.destroyed; at += 64 * 1024) {
        const piece = chunk.subarray(at, at + 64 * 1024);
        await new Promise((resolve) =>
          setTimeout(resolve, (piece.length / TRADES_BYTES_PER_SECOND) * 1000),
        );
        if (!response.destroyed) write(piece);
      }
    });
  };
  response.write = ((chunk: Buffer | string) => {
    pace(Buffer.from(chunk));
    return true;
  }) as typeof response.write;
  response.end = ((chunk?: Buffer | string | (() => void)) => {
    if (chunk && typeof chunk !== 'function') pace(Buffer.from(chunk));
    void sending.then(() => {
      if (!response.destroyed) end();
    });
    return response;
  }) as typeof response.end;
}

export async function serveResumeRepository(folder: string): Promise<ResumeRepository> {
  const publisher = createFixturePublisher();
  const identity = await generateX25519Identity();
  const recipients = [await identityToRecipient(identity)];
  const repository = await buildFixtureRepository(publisher, [
    {
      ...RESUME_DATASET,
      versions: [{ version: 1, kind: 'full', tables: fixtureNdjson(tables()), recipients }],
    },
  ]);
  await rm(folder, { recursive: true, force: true });
  let tradesBytes = 0;
  for (const [path, bytes] of repository.files) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), bytes);
    if (path.includes('/trades.')) tradesBytes = (await stat(join(folder, path))).size;
  }
  const tradesRequests: RangeRequest[] = [];
  const gate = new TradesGate();
  const server = throttledTrades(
    createStaticServer([{ prefix: '/', folder }]),
    tradesRequests,
    gate,
  );
  const port = await listenOnLoopback(server, 0);
  return {
    url: `http://127.0.0.1:${port}/`,
    publisherKeyPem: ed25519PublicKeyToPem(publisher.trustedKey.publicKey),
    identity,
    tradesBytes,
    tradesRequests,
    holdTradesFrom: (start) => {
      gate.from = start;
    },
    releaseTrades: () => gate.release(),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
