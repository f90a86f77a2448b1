/**
 * The demo repository that ships with the app (assets/demo-repository): a small generated
 * jurisdiction published with the sandbox publisher CLI as dataset `gd-2026q3-demo`, version 1
 * (full) and version 2 (a delta), encrypted to the committed demo identity and signed by a demo
 * publisher key whose private half is thrown away. Regenerated whole every time.
 */
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Account, Alert, Trade } from '../../shared/dictionary/types';
import { parseIdentityFile } from '../../shared/package/identityFile';
import { runSandboxCli } from '../sandbox/cli';
import { generateKeys } from '../sandbox/keygen';
import type { CommandOutput } from '../sandbox/output';
import { PERIOD } from './calendar';
import { buildDemoDelta } from './demoDelta';
import { generateJurisdiction } from './generate';
import { PROVINCE } from './guangdongCities';
import { NdjsonWriter } from './ndjsonWriter';

export const DEMO_DATASET = 'gd-2026q3-demo';
export const DEMO_SCALE = 0.2;
export const DEMO_SEED = 'gd-2026q3-demo';
const DEMO_TITLE = '广东 2026年第三季度 演示数据（合成） / Guangdong 2026 Q3 demo (synthetic)';
const DEMO_PUBLISHER = 'Guangdong regulatory data sandbox — DEMO publisher (synthetic data)';
/** Bundled with the app, so its retention and the index's validity run for years, not weeks. */
const DEMO_EXPIRES = '2036-10-01T00:00:00+08:00';
const DEMO_INDEX_VALID_DAYS = '3650';

export interface DemoPaths {
  repository: string;
  identityFile: string;
  publisherPublicKey: string;
  truthFile: string;
}

export function demoPathsUnder(projectRoot: string): DemoPaths {
  return {
    repository: join(projectRoot, 'assets', 'demo-repository'),
    identityFile: join(projectRoot, 'assets', 'demo-keys', 'demo-identity.txt'),
    publisherPublicKey: join(projectRoot, 'assets', 'demo-keys', 'demo-publisher.pub.pem'),
    truthFile: join(projectRoot, 'assets', 'demo-ground-truth.json'),
  };
}

/** The committed demo identity, made once and kept, so that a regenerated repository opens with the same key. */
async function demoRecipient(identityFile: string, log: (line: string) => void): Promise<string> {
  if (!existsSync(identityFile)) {
    const identity = await generateX25519Identity();
    const recipient = await identityToRecipient(identity);
    mkdirSync(join(identityFile, '..'), { recursive: true });
    writeFileSync(
      identityFile,
      [
        '# DEMO IDENTITY: NOT A SECRET. 演示身份，非机密。',
        '# It decrypts only the demo repository bundled with Examiner Workstation',
        '# (assets/demo-repository), whose data are synthetic. It is committed on purpose so that',
        '# anyone can open the demo. Never encrypt real data to its public key.',
        `# created: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
        `# public key: ${recipient}`,
        identity,
        '',
      ].join('\n'),
    );
    log(`made a new demo identity: ${identityFile}`);
  }
  const [identity] = parseIdentityFile(readFileSync(identityFile, 'utf8'));
  return identityToRecipient(identity!);
}

/** The publisher's private key: the one given, or a fresh one in `workDir` (discarded with it). */
async function publisherKey(
  workDir: string,
  given: string | null,
  publicKeyFile: string,
): Promise<string> {
  const keyFile =
    given ?? join((await generateKeys(join(workDir, 'keys'))).folder, 'publisher.pem');
  const publicPem = createPublicKey(createPrivateKey(readFileSync(keyFile, 'utf8'))).export({
    type: 'spki',
    format: 'pem',
  });
  mkdirSync(join(publicKeyFile, '..'), { recursive: true });
  writeFileSync(publicKeyFile, publicPem.toString());
  return keyFile;
}

async function sandbox(args: string[]): Promise<string> {
  const lines: string[] = [];
  const output: CommandOutput = {
    log: (line) => lines.push(line),
    error: (line) => lines.push(line),
  };
  const code = await runSandboxCli(args, output);
  if (code !== 0) throw new Error(`sandbox ${args[0]} failed (exit ${code}):\n${lines.join('\n')}`);
  return lines.join('\n');
}

function readRows<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T);
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

export interface DemoRepositoryOptions {
  projectRoot: string;
  /** A publisher key to keep using; by default a fresh one is made and thrown away. */
  publisherKeyFile: string | null;
  log: (line: string) => void;
}

export async function buildDemoRepository(
  options: DemoRepositoryOptions,
): Promise<{ bytes: number }> {
  const { log } = options;
  const paths = demoPathsUnder(options.projectRoot);
  const workDir = mkdtempSync(join(tmpdir(), 'demo-repository-'));
  try {
    const fullFolder = join(workDir, 'v1');
    const deltaFolder = join(workDir, 'v2');
    const summary = generateJurisdiction({
      seed: DEMO_SEED,
      scale: DEMO_SCALE,
      outDir: fullFolder,
      truthFile: join(workDir, 'ground-truth-v1.json'),
    });
    log(
      `generated scale ${DEMO_SCALE}: ${summary.tables.reduce((sum, table) => sum + table.bytes, 0)} bytes of NDJSON`,
    );

    const recipient = await demoRecipient(paths.identityFile, log);
    const keyFile = await publisherKey(workDir, options.publisherKeyFile, paths.publisherPublicKey);
    rmSync(paths.repository, { recursive: true, force: true });
    const common = [
      '--out',
      paths.repository,
      '--recipient',
      recipient,
      '--key',
      keyFile,
      '--dataset',
      DEMO_DATASET,
      '--title',
      DEMO_TITLE,
      '--publisher',
      DEMO_PUBLISHER,
      '--jurisdiction',
      PROVINCE.code,
      '--period-from',
      PERIOD.from,
      '--period-to',
      PERIOD.to,
      '--expires',
      DEMO_EXPIRES,
      '--index-valid-days',
      DEMO_INDEX_VALID_DAYS,
    ];
    log(await sandbox(['publish', '--in', fullFolder, ...common]));

    const trades = readRows<Trade>(join(fullFolder, 'trades.ndjson'));
    const delta = buildDemoDelta(
      summary.truth,
      readRows<Alert>(join(fullFolder, 'alerts.ndjson')),
      readRows<Account>(join(fullFolder, 'accounts.ndjson')),
      (ring) =>
        trades.filter(
          (trade) =>
            trade.side === 'B' && ring.has(trade.account) && ring.has(trade.counterparty ?? ''),
        ).length,
    );
    mkdirSync(deltaFolder);
    for (const [table, rows] of Object.entries(delta.tables)) {
      const writer = new NdjsonWriter(join(deltaFolder, `${table}.ndjson`));
      writer.writeAll(rows);
      writer.close();
    }
    log(
      await sandbox([
        'publish',
        '--in',
        deltaFolder,
        '--delta-of',
        '1',
        '--base-in',
        fullFolder,
        ...common,
      ]),
    );
    log(
      await sandbox([
        'verify',
        paths.repository,
        '--trust',
        paths.publisherPublicKey,
        '--identity',
        paths.identityFile,
      ]),
    );

    writeFileSync(paths.truthFile, `${JSON.stringify(delta.truth, null, 2)}\n`);
    const bytes = folderBytes(paths.repository);
    log(`demo repository: ${paths.repository} (${(bytes / 1e6).toFixed(2)} MB)`);
    log(`ground truth:    ${paths.truthFile}`);
    log(`demo identity:   ${paths.identityFile}`);
    log(
      `demo publisher:  ${paths.publisherPublicKey}${options.publisherKeyFile === null ? ' (its private key was discarded)' : ''}`,
    );
    return { bytes };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
