/**
 * The benchmark's repository, built once and cached under .cache/bench/scale-<N>/: the demo
 * generator's NDJSON (`scripts/demo-data.ts`), a publisher key and a recipient identity
 * (`sandbox keygen`), and one full version published with the sandbox publisher.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseIdentityFile } from '../../shared/package/identityFile';
import { generateKeys } from '../sandbox/keygen';
import { publish } from '../sandbox/publish';

export const BENCH_DATASET = 'bench';

export interface BenchRepository {
  /** The plain NDJSON the repository was published from. */
  dataFolder: string;
  repositoryFolder: string;
  publisherKeyPem: string;
  identity: string;
  rowsByTable: Record<string, number>;
}

interface CacheMark {
  rowsByTable: Record<string, number>;
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

export async function prepareBenchRepository(
  root: string,
  scale: number,
  log: (line: string) => void,
): Promise<BenchRepository> {
  const folder = resolve(root, '.cache', 'bench', `scale-${scale}`);
  const dataFolder = join(folder, 'data');
  const keysFolder = join(folder, 'keys');
  const repositoryFolder = join(folder, 'repository');
  const markFile = join(folder, 'published.json');

  if (!existsSync(join(dataFolder, 'trades.ndjson'))) {
    log(`generating the demo jurisdiction at scale ${scale} (cached in ${dataFolder})`);
    run(
      'npx',
      [
        'tsx',
        'scripts/demo-data.ts',
        '--out',
        dataFolder,
        '--scale',
        String(scale),
        '--seed',
        'bench',
        '--truth',
        join(folder, 'ground-truth.json'),
      ],
      root,
    );
  }
  if (!existsSync(join(keysFolder, 'recipient.txt'))) {
    await rm(keysFolder, { recursive: true, force: true });
    await generateKeys(keysFolder);
  }
  const identity =
    parseIdentityFile(await readFile(join(keysFolder, 'recipient.txt'), 'utf8'))[0] ?? '';
  const recipient =
    /# public key: (age1\S+)/.exec(
      await readFile(join(keysFolder, 'recipient.txt'), 'utf8'),
    )?.[1] ?? '';
  let mark: CacheMark | null = existsSync(markFile)
    ? (JSON.parse(await readFile(markFile, 'utf8')) as CacheMark)
    : null;
  if (!mark) {
    log(`publishing ${dataFolder} into ${repositoryFolder}`);
    await rm(repositoryFolder, { recursive: true, force: true });
    const published = await publish(
      {
        input: dataFolder,
        repository: repositoryFolder,
        recipients: [recipient],
        keyFile: join(keysFolder, 'publisher.pem'),
        dataset: BENCH_DATASET,
        title: `Benchmark, scale ${scale}`,
        deltaOf: null,
        baseInput: null,
        expires: null,
        jurisdiction: '440000',
        period: null,
        publisher: 'Benchmark sandbox',
        indexValidDays: 3650,
        now: new Date(),
      },
      { log, error: log },
    );
    mark = {
      rowsByTable: Object.fromEntries(published.tables.map((table) => [table.name, table.rows])),
    };
    await writeFile(markFile, `${JSON.stringify(mark, null, 2)}\n`);
  }
  return {
    dataFolder,
    repositoryFolder,
    publisherKeyPem: await readFile(join(keysFolder, 'publisher.pub.pem'), 'utf8'),
    identity,
    rowsByTable: mark.rowsByTable,
  };
}
