// A tiny repository for the fault-injection runs: one dataset with a single full version, one
// with a full version and a delta. The delta's files can be held back (answered 503) so the
// set-up can stop a pull at version 1 and keep that state as the delta's starting point.
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { ed25519PublicKeyToPem } from '../../../shared/crypto/ed25519PublicKey';
import { fixtureNdjson, fixtureTables } from '../../../shared/importer/testing/fixtureTables';
import {
  buildFixtureRepository,
  createFixturePublisher,
} from '../../../shared/package/testing/packageFixture';
import { createStaticServer, listenOnLoopback } from '../../../scripts/lib/staticServer.mjs';

export const FULL_DATASET = { id: 'fault-full', title: '故障注入·全量（测试）' };
export const DELTA_DATASET = { id: 'fault-delta', title: '故障注入·增量（测试）' };
const SIZE = { accounts: 60, ordersPerAccount: 8 };

export interface FaultRepository {
  url: string;
  publisherKeyPem: string;
  identity: string;
  /** While set, the delta's files are answered 404 (not retried): a pull stops after version 1. */
  holdDelta(held: boolean): void;
  close(): Promise<void>;
}

function deltaTables() {
  const base = fixtureTables(SIZE);
  return {
    tombstones: [{ table: 'insiders', id: 'E1|A0' }],
    accounts: [{ ...(base.accounts?.[0] ?? {}), id: 'A-new', status: 'dormant' }],
    insiders: [{ event: 'E1', account: 'A-new', relation: 'relative' }],
  };
}

export async function serveFaultRepository(folder: string): Promise<FaultRepository> {
  const publisher = createFixturePublisher();
  const identity = await generateX25519Identity();
  const recipients = [await identityToRecipient(identity)];
  const full = {
    version: 1,
    kind: 'full' as const,
    tables: fixtureNdjson(fixtureTables(SIZE)),
    recipients,
  };
  const repository = await buildFixtureRepository(publisher, [
    { ...FULL_DATASET, versions: [full] },
    {
      ...DELTA_DATASET,
      versions: [
        full,
        { version: 2, kind: 'delta', base: 1, tables: fixtureNdjson(deltaTables()), recipients },
      ],
    },
  ]);
  await rm(folder, { recursive: true, force: true });
  const deltaFiles = new Set<string>();
  for (const [path, bytes] of repository.files) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), bytes);
    if (path.includes(`/${DELTA_DATASET.id}/2/`) && path.endsWith('.age'))
      deltaFiles.add(`/${path}`);
  }
  if (deltaFiles.size === 0) throw new Error('the fault repository has no delta files to hold');
  let held = false;
  const serve = createStaticServer([{ prefix: '/', folder }]);
  const [handler] = serve.listeners('request') as ((...args: unknown[]) => void)[];
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    if (held && deltaFiles.has(path) && request.method !== 'OPTIONS') {
      response.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
      return;
    }
    handler?.(request, response);
  });
  const port = await listenOnLoopback(server, 0);
  return {
    url: `http://127.0.0.1:${port}/`,
    publisherKeyPem: ed25519PublicKeyToPem(publisher.trustedKey.publicKey),
    identity,
    holdDelta: (value) => (held = value),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
