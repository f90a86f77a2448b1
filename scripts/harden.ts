// `npm run harden [-- --scale N --fault-runs M --fault-seed S]`: the long versions of the issue 9
// checks. Runs the fuzz properties FUZZ_SCALE times longer than CI does, then M fault-injection
// runs, and prints ONE JSON line: {"fuzz_cases":N,"fault_runs":M,"failures":{kind:n,…},…}.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runFaultInjection } from './harden/faultInjection';

const USAGE =
  'usage: npm run harden -- [--scale N (default 20)] [--fault-runs M (default 200)] [--fault-seed S (default: fresh)]';
const FUZZ_FILES = ['shared/package/fuzz', 'test/fuzz'];
interface VitestJson {
  testResults: {
    name: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive integer`);
  return value;
}

/** Runs the fuzz files under vitest; resolves with the cases each file reported and failures. */
async function runFuzz(root: string, scale: number) {
  const folder = mkdtempSync(join(tmpdir(), 'harden-'));
  const jsonPath = join(folder, 'vitest.json');
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      ...FUZZ_FILES,
      '--testTimeout=3600000',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${jsonPath}`,
    ],
    {
      cwd: root,
      env: { ...process.env, FUZZ_SCALE: String(scale) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const byFile: Record<string, number> = {};
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const match = /fuzz-cases (\{.*\})/.exec(line);
      if (!match) continue;
      const summary = JSON.parse(match[1]!) as { file: string; cases: number };
      byFile[summary.file] = (byFile[summary.file] ?? 0) + summary.cases;
    }
  });
  const exitCode = await new Promise<number>((resolve) =>
    child.on('close', (code) => resolve(code ?? 1)),
  );
  const failures: Record<string, number> = {};
  try {
    const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as VitestJson;
    for (const file of report.testResults) {
      const kind = `fuzz:${file.name.replace(/^.*\/(.*?)\.fuzz\.test\.ts$/, '$1')}`;
      for (const test of file.assertionResults) {
        if (test.status !== 'failed') continue;
        failures[kind] = (failures[kind] ?? 0) + 1;
        console.error(`FAILED ${test.fullName}\n${test.failureMessages.join('\n').slice(0, 2000)}`);
      }
    }
  } catch {
    failures['fuzz:runner'] = 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  if (exitCode !== 0 && Object.keys(failures).length === 0) failures['fuzz:runner'] = 1;
  return { byFile, failures };
}

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.error(USAGE);
  process.exit(0);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const scale = option(args, '--scale', 20);
const faultRunsWanted = option(args, '--fault-runs', 200);
const started = Date.now();

const fuzz = await runFuzz(root, scale);
const fuzzCases = Object.values(fuzz.byFile).reduce((sum, n) => sum + n, 0);
console.error(`fuzz: ${fuzzCases} cases at scale ${scale}: ${JSON.stringify(fuzz.byFile)}`);

const faults = await runFaultInjection({
  runs: faultRunsWanted,
  ...(args.includes('--fault-seed') ? { seed: option(args, '--fault-seed', 1) } : {}),
});
const failures: Record<string, number> = { ...fuzz.failures };
for (const [kind, n] of Object.entries(faults.failures))
  failures[`fault:${kind}`] = (failures[`fault:${kind}`] ?? 0) + n;

const failed = Object.values(failures).reduce((sum, n) => sum + n, 0);
console.log(
  JSON.stringify({
    fuzz_cases: fuzzCases,
    fault_runs: faults.runs,
    failures,
    fault_seed: faults.seed,
    fault_endings: faults.endings,
    fuzz_scale: scale,
    fuzz_cases_by_file: fuzz.byFile,
    seconds: Math.round((Date.now() - started) / 1000),
  }),
);
process.exitCode = failed > 0 ? 1 : 0;
