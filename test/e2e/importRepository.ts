// A small repository for the import end-to-end tests, built with the package fixture publisher
// and served on loopback with a delay per table read, so the progress can be watched.
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { ed25519PublicKeyToPem } from '../../shared/crypto/ed25519PublicKey';
import { fixtureNdjson, fixtureTables } from '../../shared/importer/testing/fixtureTables';
import {
  buildFixtureRepository,
  createFixturePublisher,
} from '../../shared/package/testing/packageFixture';
import { createStaticServer, listenOnLoopback } from '../../scripts/lib/staticServer.mjs';

export const GOOD_DATASET = { id: 'gd-e2e', title: '广东辖区 2026 年第三季度（测试）' };
export const REFUSED_DATASET = { id: 'gd-refused', title: '含非法枚举值的数据包（测试）' };
export const EXPIRING_DATASET = { id: 'gd-expiring', title: '五日后到期的数据集（测试）' };
/** Days until the expiring dataset's retention deadline, from when the repository is built. */
export const EXPIRING_IN_DAYS = 5;
/** The orders row whose `side` the refused package breaks, 1-based. */
export const REFUSED_LINE = 7;
const SIZE = { accounts: 300, ordersPerAccount: 40 };
export const GOOD_ROWS_AFTER_DELTA = (() => {
  const tables = fixtureTables(SIZE);
  const total = Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);
  return total + 1; // the delta adds one account
})();

export interface ServedRepository {
  url: string;
  publisherKeyPem: string;
  identity: string;
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

function refusedTables() {
  const tables = fixtureTables({ accounts: 20, ordersPerAccount: 2 });
  tables.orders = (tables.orders ?? []).map((order, i) =>
    i === REFUSED_LINE - 1 ? { ...order, side: 'X' } : order,
  );
  return tables;
}

/** Answers table files after `delayMs`, everything else at once. */
function slowTables(server: Server, delayMs: number): Server {
  const [handler] = server.listeners('request') as ((...args: unknown[]) => void)[];
  return createServer((request, response) => {
    const delay = request.url?.endsWith('.age') ? delayMs : 0;
    setTimeout(() => handler?.(request, response), delay);
  });
}

export async function serveImportRepository(
  folder: string,
  delayMs = 200,
): Promise<ServedRepository> {
  const publisher = createFixturePublisher();
  const identity = await generateX25519Identity();
  const recipients = [await identityToRecipient(identity)];
  const repository = await buildFixtureRepository(publisher, [
    {
      ...GOOD_DATASET,
      versions: [
        { version: 1, kind: 'full', tables: fixtureNdjson(fixtureTables(SIZE)), recipients },
        { version: 2, kind: 'delta', base: 1, tables: fixtureNdjson(deltaTables()), recipients },
      ],
    },
    {
      ...EXPIRING_DATASET,
      versions: [
        {
          version: 1,
          kind: 'full',
          tables: fixtureNdjson(fixtureTables({ accounts: 5, ordersPerAccount: 1 })),
          recipients,
          editManifest: (manifest) => {
            // A little under whole days, so the page counts them as EXPIRING_IN_DAYS.
            manifest.expires = new Date(
              Date.now() + EXPIRING_IN_DAYS * 86_400_000 - 3_600_000,
            ).toISOString();
          },
        },
      ],
    },
    {
      ...REFUSED_DATASET,
      versions: [{ version: 1, kind: 'full', tables: fixtureNdjson(refusedTables()), recipients }],
    },
  ]);
  await rm(folder, { recursive: true, force: true });
  for (const [path, bytes] of repository.files) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), bytes);
  }
  const server = slowTables(createStaticServer([{ prefix: '/', folder }]), delayMs);
  const port = await listenOnLoopback(server, 0);
  return {
    url: `http://127.0.0.1:${port}/`,
    publisherKeyPem: ed25519PublicKeyToPem(publisher.trustedKey.publicKey),
    identity,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
