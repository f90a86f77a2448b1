/**
 * The long fault-injection run for `npm run harden`: builds the renderer, then runs
 * test/e2e/faults.spec.ts in Playwright's Chromium with `runs` seeded runs (reloads, closed
 * windows and import worker deaths during an import, a delta, a retention purge and a schema
 * migration) and reads back its summary.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface FaultInjectionOptions {
  runs: number;
  /** The schedule's seed; a fresh one each time by default, printed so a failure can be replayed. */
  seed?: number;
  /** The port the spec's web server listens on (the e2e config's E2E_PORT). */
  port?: number;
  /** Skip `vite build` when dist/renderer is already current. */
  skipBuild?: boolean;
}

export interface FaultInjectionResult {
  runs: number;
  seed: number;
  /** Runs that ended in a mix of before and after, or unrecovered, or unreported, by `operation/fault`. */
  failures: Record<string, number>;
  /** Runs by `operation/fault → before|after|mixed|unrecovered`. */
  endings: Record<string, number>;
}

const ROOT = resolve(import.meta.dirname, '..', '..');

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => done(code ?? 1));
  });
}

export async function runFaultInjection(
  options: FaultInjectionOptions,
): Promise<FaultInjectionResult> {
  const seed = options.seed ?? Date.now() % 100_000;
  if (!options.skipBuild && (await run('npx', ['vite', 'build'], process.env)) !== 0) {
    throw new Error('vite build failed: the fault-injection runs need dist/renderer');
  }
  const folder = await mkdtemp(join(tmpdir(), 'fault-injection-'));
  const summary = join(folder, 'summary.json');
  try {
    const code = await run(
      'npx',
      ['playwright', 'test', '--config', 'test/e2e/playwright.config.ts', 'faults.spec.ts'],
      {
        ...process.env,
        E2E_PORT: String(options.port ?? process.env.E2E_PORT ?? 4188),
        FAULT_RUNS: String(options.runs),
        FAULT_SEED: String(seed),
        FAULT_SUMMARY: summary,
      },
    );
    const written = await readFile(summary, 'utf8').catch(() => null);
    if (written === null) {
      // The spec stopped before its runs (set-up failed): every run counts as failed.
      return { runs: 0, seed, failures: { setup: options.runs, exit: code }, endings: {} };
    }
    const result = JSON.parse(written) as {
      runs: number;
      failures: Record<string, number>;
      tally: Record<string, number>;
    };
    return { runs: result.runs, seed, failures: result.failures, endings: result.tally };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
