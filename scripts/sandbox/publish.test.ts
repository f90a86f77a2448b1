import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSandboxCli } from './cli';
import type { CommandOutput } from './output';
import { parsePublishArgs } from './publishArgs';
import { syntheticTables } from './syntheticTables';

let work: string;
let keys: string;
let recipient: string;

function capture(): CommandOutput & { text: () => string } {
  const lines: string[] = [];
  return {
    log: (line) => lines.push(line),
    error: (line) => lines.push(line),
    text: () => lines.join('\n'),
  };
}

async function tableFolder(name: string, tables: Record<string, string>): Promise<string> {
  const folder = join(work, name);
  await mkdir(folder, { recursive: true });
  for (const [table, text] of Object.entries(tables))
    await writeFile(join(folder, `${table}.ndjson`), text);
  return folder;
}

async function publish(input: string, repository: string, ...extra: string[]) {
  const output = capture();
  const args = [
    'publish',
    '--in',
    input,
    '--out',
    repository,
    '--recipient',
    recipient,
    '--key',
    join(keys, 'publisher.pem'),
  ];
  const code = await runSandboxCli([...args, '--dataset', 'gd', '--title', 'GD', ...extra], output);
  return { code, text: output.text() };
}

async function verify(repository: string) {
  const output = capture();
  const args = [
    'verify',
    repository,
    '--trust',
    join(keys, 'publisher.pub.pem'),
    '--identity',
    join(keys, 'recipient.txt'),
  ];
  return { code: await runSandboxCli(args, output), text: output.text() };
}

const indexOf = async (repository: string) =>
  JSON.parse(await readFile(join(repository, 'index.json'), 'utf8')) as {
    datasets: { id: string; versions: { version: number; kind: string }[] }[];
  };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sandbox-publish-'));
  keys = join(work, 'keys');
  const output = capture();
  expect(await runSandboxCli(['keygen', '--out', keys], output)).toBe(0);
  recipient = /recipient:\s+(age1\S+)/.exec(output.text())![1]!;
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('keygen', () => {
  it('never overwrites existing keys', async () => {
    const output = capture();
    expect(await runSandboxCli(['keygen', '--out', keys], output)).toBe(1);
    expect(output.text()).toMatch(/EEXIST/);
  });
});

describe('publish', () => {
  it('publishes a full version, then deltas on the latest version only', async () => {
    const repository = join(work, 'chain');
    const full = await tableFolder('full', syntheticTables(20));
    expect((await publish(full, repository, '--jurisdiction', '440000')).code).toBe(0);

    const delta = await tableFolder('delta', {
      tombstones: '{"table":"orders","id":"O3"}\n',
      orders:
        '{"id":"O100","account":"A0","instrument":"600519.SH","ts":"2026-09-01T09:30:00+08:00","side":"B","price":10,"qty":100,"type":"limit","status":"filled","filled_qty":100}\n',
    });
    const withoutBase = await publish(delta, repository, '--delta-of', '1');
    expect(withoutBase.code, withoutBase.text).toBe(0);
    expect(withoutBase.text).toMatch(/references into the base version were not checked/);
    expect((await publish(delta, repository, '--delta-of', '1')).text).toMatch(
      /--delta-of 1: a delta applies on the latest version, which is 2/,
    );
    expect((await publish(delta, repository, '--delta-of', '2', '--base-in', full)).code).toBe(0);

    const index = await indexOf(repository);
    expect(index.datasets[0]!.versions.map((entry) => `${entry.version}${entry.kind}`)).toEqual([
      '1full',
      '2delta',
      '3delta',
    ]);
    const manifest = JSON.parse(
      await readFile(join(repository, 'packages/gd/3/manifest.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      version: 3,
      kind: 'delta',
      base: 2,
      dictionary: 'sandbox-dictionary/1',
    });
    expect((manifest.tables as { name: string }[]).map((table) => table.name)).toEqual([
      'tombstones',
      'orders',
    ]);
    const full1 = JSON.parse(
      await readFile(join(repository, 'packages/gd/1/manifest.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(full1.scope).toEqual({ jurisdiction: '440000', brokers: ['B01'] });

    const verified = await verify(repository);
    expect(verified.code, verified.text).toBe(0);
    expect(verified.text).toMatch(/version 3 \(delta on 2\)/);
  });

  it('refuses a row with file, line and column, leaving nothing behind', async () => {
    const repository = join(work, 'refused');
    const good = await tableFolder('good', syntheticTables(5));
    expect((await publish(good, repository)).code).toBe(0);
    const indexBefore = await readFile(join(repository, 'index.json'), 'utf8');

    const tables = syntheticTables(5);
    const lines = tables.orders!.split('\n');
    lines[2] = lines[2]!.replace('"side":"B"', '"side":"X"');
    const bad = await tableFolder('bad-enum', { ...tables, orders: lines.join('\n') });
    const refused = await publish(bad, repository);
    expect(refused.code).toBe(1);
    expect(refused.text).toContain(
      `${join(bad, 'orders.ndjson')} line 3, column "side": unknown value "X" (expected one of B, S)`,
    );
    expect(await readdir(join(repository, 'packages', 'gd'))).toEqual(['1']);
    expect(await readFile(join(repository, 'index.json'), 'utf8')).toBe(indexBefore);
  });

  it('refuses a dangling reference in a delta checked against --base-in', async () => {
    const repository = join(work, 'dangling');
    const full = await tableFolder('full-2', syntheticTables(5));
    expect((await publish(full, repository)).code).toBe(0);
    const delta = await tableFolder('delta-dangling', {
      trades:
        '{"id":"T9","order":"O404","account":"A0","instrument":"600519.SH","ts":"2026-09-01T09:30:00+08:00","side":"B","price":1,"qty":1}\n',
    });
    const refused = await publish(delta, repository, '--delta-of', '1', '--base-in', full);
    expect(refused.text).toContain(
      'trades.ndjson line 1, column "order": "O404" names no row of orders',
    );
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'a table outside the dictionary',
      { trade: '' },
      /not tables of the dictionary: trade\.ndjson/,
    ],
    ['tombstones in a full version', { tombstones: '' }, /tombstones\.ndjson belongs in a delta/],
    [
      'an empty line in the middle',
      {
        instruments:
          '{"code":"600519.SH","name":"x","exchange":"SSE","board":"m","sector":"s"}\n\n',
      },
      /instruments\.ndjson line 2: empty line/,
    ],
    ['invalid UTF-8', { regions: '{"code":"440000","name":"\udcff"}\n' }, /regions\.ndjson line 1/],
  ])('refuses %s', async (name, tables, message) => {
    const folder = await tableFolder(`case-${name.replace(/\W/g, '-')}`, tables);
    if (name === 'invalid UTF-8')
      await writeFile(join(folder, 'regions.ndjson'), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]));
    const refused = await publish(folder, join(work, `repo-${name.replace(/\W/g, '-')}`));
    expect(refused.code).toBe(1);
    expect(refused.text).toMatch(message);
  });

  it('refuses a repository whose index another key signed', async () => {
    const repository = join(work, 'foreign');
    const folder = await tableFolder('foreign-input', syntheticTables(3));
    expect((await publish(folder, repository)).code).toBe(0);
    const otherKeys = join(work, 'other-keys');
    expect(await runSandboxCli(['keygen', '--out', otherKeys], capture())).toBe(0);
    const output = capture();
    const args = [
      'publish',
      '--in',
      folder,
      '--out',
      repository,
      '--recipient',
      recipient,
      '--key',
      join(otherKeys, 'publisher.pem'),
    ];
    expect(await runSandboxCli([...args, '--dataset', 'gd', '--title', 'GD'], output)).toBe(1);
    expect(output.text()).toMatch(/does not verify under any installed publisher key/);
    expect(existsSync(join(repository, 'packages', 'gd', '2'))).toBe(false);
  });
});

describe('publish arguments', () => {
  const now = new Date('2026-11-20T00:00:00Z');
  const base = [
    '--in',
    'in',
    '--out',
    'out',
    '--recipient',
    'age1xyz',
    '--key',
    'k.pem',
    '--dataset',
    'gd',
    '--title',
    'GD',
  ];

  it('reads every option', () => {
    const options = parsePublishArgs(
      [
        ...base,
        '--recipient',
        'age1abc',
        '--delta-of',
        '3',
        '--expires',
        '2027-01-01T00:00:00+08:00',
        '--period-from',
        '2026-07-01',
        '--period-to',
        '2026-09-30',
      ],
      now,
    );
    expect(options).toMatchObject({
      recipients: ['age1xyz', 'age1abc'],
      deltaOf: 3,
      period: { from: '2026-07-01', to: '2026-09-30' },
      indexValidDays: 30,
    });
  });

  it.each<[string[], RegExp]>([
    [base.filter((_, i) => i !== 6 && i !== 7), /--key is required/],
    [[...base.slice(0, 4), ...base.slice(6)], /at least one --recipient/],
    [[...base, '--recipient', 'ssh-ed25519 AAAA'], /not an age recipient/],
    [[...base, '--delta-of', 'two'], /--delta-of expects a positive whole number/],
    [[...base, '--expires', '2027-01-01'], /not an ISO 8601 timestamp with offset/],
    [[...base, '--period-from', '2026-07-01'], /go together/],
    [[...base, '--jurisdiction', '44'], /6-digit region code/],
    [[...base, '--base-in', 'x'], /--base-in goes with --delta-of/],
    [[...base.slice(0, 8), '--dataset', '../gd', '--title', 'GD'], /--dataset "\.\.\/gd"/],
  ])('refuses %j', (args, message) => {
    expect(() => parsePublishArgs(args, now)).toThrow(message);
  });

  it('reports usage mistakes with exit code 2', async () => {
    const output = capture();
    expect(await runSandboxCli(['publish', '--in'], output)).toBe(2);
    expect(output.text()).toMatch(/usage: npm run sandbox -- publish/);
    expect(await runSandboxCli(['frobnicate'], capture())).toBe(2);
  });
});
