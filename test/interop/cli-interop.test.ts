/**
 * The spec is an external contract: a repository made only with Debian's `openssl`, `age`,
 * `gzip` and coreutils must import, and what `publish` writes must open with those same tools.
 * These tests fail (never skip) when the tools are missing; CI installs them.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trustedKeyFromPem } from '../../shared/crypto/trustedKey';
import { dictionaryRowChecker } from '../../shared/package/dictionaryRowChecker';
import { parseIdentityFile } from '../../shared/package/identityFile';
import { loadIndex } from '../../shared/package/loadIndex';
import { loadManifest } from '../../shared/package/loadManifest';
import type { NdjsonRow } from '../../shared/package/ndjson';
import { readTableRows } from '../../shared/package/readTableRows';
import { ReferenceChecker, sortTablesForImport } from '../../shared/package/references';
import type { RepositoryReader } from '../../shared/package/repositoryReader';
import { createStaticServer, listenOnLoopback } from '../../scripts/lib/staticServer.mjs';
import { runSandboxCli } from '../../scripts/sandbox/cli';
import type { CommandOutput } from '../../scripts/sandbox/output';
import { FolderRepositoryReader, HttpRepositoryReader } from '../../scripts/sandbox/readers';
import { syntheticTables } from '../../scripts/sandbox/syntheticTables';

const CLI_TIMEOUT = 60_000;
let work: string;

function run(command: string, args: string[], cwd = work): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A shell pipeline, for the commands the spec writes as pipelines. */
function shell(script: string, cwd = work): string {
  return execFileSync('bash', ['-c', `set -euo pipefail; ${script}`], { cwd, encoding: 'utf8' });
}

function capture(): CommandOutput & { text: () => string } {
  const lines: string[] = [];
  return {
    log: (line) => lines.push(line),
    error: (line) => lines.push(line),
    text: () => lines.join('\n'),
  };
}

/** Runs `build` on first call; later calls share its result, or its failure. */
function once<T>(build: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= build());
}

const parseRows = (ndjson: string): NdjsonRow[] =>
  ndjson
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as NdjsonRow);

/** Every table of a package through readTableRows with the dictionary's checks; rows by table. */
async function importAll(
  reader: RepositoryReader,
  trustPem: string,
  identityFile: string,
): Promise<Record<string, NdjsonRow[]>> {
  const trusted = [trustedKeyFromPem(trustPem)];
  const identities = parseIdentityFile(identityFile);
  const { index } = await loadIndex(reader, trusted);
  const dataset = index.datasets[0]!;
  const loaded = await loadManifest(reader, dataset.id, dataset.versions[0]!, trusted);
  const references = new ReferenceChecker();
  const rows: Record<string, NdjsonRow[]> = {};
  for (const name of sortTablesForImport(loaded.manifest.tables.map((table) => table.name))) {
    const table = loaded.manifest.tables.find((candidate) => candidate.name === name)!;
    const rowChecker = await dictionaryRowChecker(name, references);
    rows[name] = [];
    for await (const batch of readTableRows(reader, loaded, table, identities, {
      rowChecker,
      batchRows: 64,
      chunkBytes: 4096,
    })) {
      rows[name].push(...batch.rows);
    }
  }
  return rows;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sandbox-interop-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the command-line tools CI installs', () => {
  it('are on the PATH (age, age-keygen, openssl, gzip, base64, sha256sum, bash)', () => {
    expect(run('age', ['--version'])).toMatch(/\d+\.\d+/);
    expect(run('age-keygen', ['--version'])).toMatch(/\d+\.\d+/);
    expect(run('openssl', ['version'])).toMatch(/OpenSSL 3/);
    expect(shell('gzip --version && base64 --version && sha256sum --version')).toMatch(/gzip/);
  });
});

describe('a repository made with openssl, age and gzip only', () => {
  // Built once by the first test that needs it; a failure fails every test rather than skipping it.
  const built = once(async () => {
    const repository = join(work, 'cli-repository');
    const keys = join(work, 'cli-keys');
    await mkdir(keys, { recursive: true });
    run('openssl', ['genpkey', '-algorithm', 'ed25519', '-out', 'publisher.pem'], keys);
    run('openssl', ['pkey', '-in', 'publisher.pem', '-pubout', '-out', 'publisher.pub.pem'], keys);
    run('age-keygen', ['-o', 'recipient.txt'], keys);
    run('age-keygen', ['-o', 'other.txt'], keys);
    const recipient = run('age-keygen', ['-y', 'recipient.txt'], keys).trim();
    const other = run('age-keygen', ['-y', 'other.txt'], keys).trim();

    const folder = join(repository, 'packages', 'gd-2026q3', '1');
    await mkdir(folder, { recursive: true });
    const tables = syntheticTables(300);
    const entries = [];
    for (const [name, text] of Object.entries(tables)) {
      await writeFile(join(work, `${name}.ndjson`), text);
      const file = join(folder, `${name}.ndjson.gz.age`);
      // Two recipients, ours second: the stanza we can open is not the first one.
      shell(`gzip -c ${name}.ndjson | age -r ${other} -r ${recipient} > '${file}'`);
      const sha256 = shell(`sha256sum '${file}'`).split(' ')[0];
      entries.push({
        name,
        path: `${name}.ndjson.gz.age`,
        rows: parseRows(text).length,
        bytes: (await stat(file)).size,
        sha256,
      });
    }
    const manifest = {
      format: 'sandbox-package/1',
      dataset: 'gd-2026q3',
      version: 1,
      kind: 'full',
      title: 'Guangdong, 2026 Q3, all brokers',
      created: '2026-10-02T08:00:00+08:00',
      expires: '2027-10-01T00:00:00+08:00',
      scope: {
        jurisdiction: '440000',
        brokers: ['B01'],
        period: { from: '2026-07-01', to: '2026-09-30' },
      },
      dictionary: 'sandbox-dictionary/1',
      tables: entries,
    };
    await writeFile(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const signKey = join(keys, 'publisher.pem');
    // `base64 -w0`: the .sig files end without a newline, which the spec allows.
    shell(
      `openssl pkeyutl -sign -rawin -inkey '${signKey}' -in manifest.json | base64 -w0 > manifest.json.sig`,
      folder,
    );
    const manifestSha256 = shell(`sha256sum '${join(folder, 'manifest.json')}'`).split(' ')[0];
    const index = {
      format: 'sandbox-index/1',
      publisher: 'Guangdong regulatory data sandbox',
      generated: '2026-11-20T08:00:00+08:00',
      expires: '2026-12-20T08:00:00+08:00',
      datasets: [
        {
          id: 'gd-2026q3',
          title: 'Guangdong, 2026 Q3, all brokers',
          versions: [
            {
              version: 1,
              kind: 'full',
              path: 'packages/gd-2026q3/1/manifest.json',
              sha256: manifestSha256,
            },
          ],
        },
      ],
    };
    await writeFile(join(repository, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
    shell(
      `openssl pkeyutl -sign -rawin -inkey '${signKey}' -in index.json | base64 -w0 > index.json.sig`,
      repository,
    );
    return { repository, tables };
  });

  it('imports from the folder with every row intact', { timeout: CLI_TIMEOUT }, async () => {
    const { repository, tables } = await built();
    const keys = join(work, 'cli-keys');
    const rows = await importAll(
      new FolderRepositoryReader(repository),
      await readFile(join(keys, 'publisher.pub.pem'), 'utf8'),
      await readFile(join(keys, 'recipient.txt'), 'utf8'),
    );
    expect(Object.keys(rows).sort()).toEqual(Object.keys(tables).sort());
    for (const [name, text] of Object.entries(tables))
      expect(rows[name], name).toEqual(parseRows(text));
  });

  it('imports the same over HTTP with byte ranges', async () => {
    const { repository, tables } = await built();
    const server: Server = createStaticServer([{ prefix: '/', folder: repository }]);
    const port = await listenOnLoopback(server, 0);
    try {
      const keys = join(work, 'cli-keys');
      const rows = await importAll(
        new HttpRepositoryReader(`http://127.0.0.1:${port}/`),
        await readFile(join(keys, 'publisher.pub.pem'), 'utf8'),
        await readFile(join(keys, 'recipient.txt'), 'utf8'),
      );
      expect(rows.trades).toEqual(parseRows(tables.trades!));
    } finally {
      server.close();
    }
  });

  it('refuses it with an identity it was not encrypted to', async () => {
    const { repository } = await built();
    const keys = join(work, 'cli-keys');
    run('age-keygen', ['-o', 'stranger.txt'], keys);
    await expect(
      importAll(
        new FolderRepositoryReader(repository),
        await readFile(join(keys, 'publisher.pub.pem'), 'utf8'),
        await readFile(join(keys, 'stranger.txt'), 'utf8'),
      ),
    ).rejects.toMatchObject({ reason: 'not-a-recipient', table: 'regions' });
  });
});

describe('a repository written by publish', () => {
  const published = once(async () => {
    const keys = join(work, 'publish-keys');
    const repository = join(work, 'published');
    const input = join(work, 'publish-input');
    await mkdir(input, { recursive: true });
    for (const [name, text] of Object.entries(syntheticTables(500)))
      await writeFile(join(input, `${name}.ndjson`), text);
    const output = capture();
    expect(await runSandboxCli(['keygen', '--out', keys], output)).toBe(0);
    const recipient = /recipient:\s+(age1\S+)/.exec(output.text())![1]!;
    const log = capture();
    const args = [
      '--in',
      input,
      '--out',
      repository,
      '--recipient',
      recipient,
      '--key',
      join(keys, 'publisher.pem'),
    ];
    const code = await runSandboxCli(
      ['publish', ...args, '--dataset', 'gd-2026q3', '--title', 'GD 2026 Q3'],
      log,
    );
    expect(code, log.text()).toBe(0);
    return { keys, repository, input };
  });

  it(
    'decrypts with age -d and gunzip to the original bytes',
    { timeout: CLI_TIMEOUT },
    async () => {
      const { keys, repository, input } = await published();
      const folder = join(repository, 'packages', 'gd-2026q3', '1');
      for (const name of ['regions', 'accounts', 'orders', 'trades']) {
        const plaintext = shell(
          `age -d -i '${join(keys, 'recipient.txt')}' '${join(folder, `${name}.ndjson.gz.age`)}' | gunzip`,
        );
        expect(plaintext, name).toBe(await readFile(join(input, `${name}.ndjson`), 'utf8'));
      }
    },
  );

  it('signs manifest and index so that openssl pkeyutl -verify accepts them', async () => {
    const { keys, repository } = await published();
    const publicKey = join(keys, 'publisher.pub.pem');
    for (const path of ['index.json', 'packages/gd-2026q3/1/manifest.json']) {
      shell(`base64 -d '${path}.sig' > '${join(work, 'raw.sig')}'`, repository);
      const verdict = run(
        'openssl',
        [
          'pkeyutl',
          '-verify',
          '-pubin',
          '-inkey',
          publicKey,
          '-rawin',
          '-in',
          path,
          '-sigfile',
          join(work, 'raw.sig'),
        ],
        repository,
      );
      expect(verdict).toMatch(/Signature Verified Successfully/);
    }
  });

  it('writes keys in the forms openssl and age-keygen use', async () => {
    const { keys } = await published();
    const fromPrivate = run('openssl', ['pkey', '-in', join(keys, 'publisher.pem'), '-pubout']);
    expect(fromPrivate).toBe(await readFile(join(keys, 'publisher.pub.pem'), 'utf8'));
    const recipientFile = await readFile(join(keys, 'recipient.txt'), 'utf8');
    expect(recipientFile).toMatch(
      /^# created: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n# public key: (age1\w+)\nAGE-SECRET-KEY-1\w+\n$/,
    );
    expect(run('age-keygen', ['-y', join(keys, 'recipient.txt')]).trim()).toBe(
      /# public key: (\S+)/.exec(recipientFile)![1],
    );
  });

  it('verifies with the verify command, and refuses after a byte changes', async () => {
    const { keys, repository } = await published();
    const trust = ['--trust', join(keys, 'publisher.pub.pem')];
    const good = capture();
    expect(
      await runSandboxCli(
        ['verify', repository, ...trust, '--identity', join(keys, 'recipient.txt')],
        good,
      ),
      good.text(),
    ).toBe(0);
    expect(good.text()).toMatch(
      /trades: \d+ bytes, SHA-256 matches, 500 rows decrypted, every row valid/,
    );

    const file = join(repository, 'packages', 'gd-2026q3', '1', 'orders.ndjson.gz.age');
    const bytes = await readFile(file);
    bytes[bytes.length - 40]! ^= 0x04;
    await writeFile(file, bytes);
    const bad = capture();
    expect(await runSandboxCli(['verify', repository, ...trust], bad)).toBe(1);
    expect(bad.text()).toMatch(
      /REFUSED \(table-hash\): dataset gd-2026q3 version 1, table orders: .*orders\.ndjson\.gz\.age has SHA-256/,
    );
  });

  it('runs as a script through its entry point', { timeout: CLI_TIMEOUT }, () => {
    const help = execFileSync('npx', ['tsx', 'scripts/sandbox.ts', 'help'], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
    });
    expect(help).toMatch(
      /^usage: npm run sandbox -- <command>\n {2}keygen --out <folder>\n {2}publish/,
    );
  });
});
