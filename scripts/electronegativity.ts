/**
 * `npm run electronegativity`: scans the Electron host (`electron/`) and the built renderer with
 * Electronegativity, offline, and fails when a HIGH or MEDIUM finding has no reviewed reason in
 * electron/electronegativity-reasons.json. `--renderer <dir>` scans an existing build instead of
 * building the renderer afresh.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { judgeFindings, parseFindings, parseReasons } from './electronegativity/findings';
import type { Finding } from './electronegativity/findings';

const root = fileURLToPath(new URL('..', import.meta.url));
const REASONS_FILE = 'electron/electronegativity-reasons.json';
// It asks GitHub for the Electron release list; offline that is a failure, and the
// Electron version is pinned in package.json and reviewed with each upgrade anyway.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function electronVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const version = manifest.devDependencies?.electron?.replace(/^[^\d]*/, '');
  if (!version) throw new Error('package.json: no devDependencies.electron version to assume');
  return version;
}

async function stageRenderer(target: string): Promise<void> {
  const existing = argument('--renderer');
  if (existing) {
    await cp(resolve(existing), target, { recursive: true });
    return;
  }
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: target, emptyOutDir: true, sourcemap: false },
  });
}

function describe(finding: Finding): string {
  return `${finding.severity} ${finding.check} ${finding.file}:${finding.location} — ${finding.description}`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const stage = await mkdtemp(join(tmpdir(), 'examiner-electronegativity-'));
  try {
    // One input folder holding both, so file names read `electron/…` and `renderer/…`.
    await cp(join(root, 'electron'), join(stage, 'scan', 'electron'), { recursive: true });
    await stageRenderer(join(stage, 'scan', 'renderer'));
    const report = join(stage, 'report.csv');
    const result = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'),
        '--input',
        join(stage, 'scan'),
        '--electron-version',
        await electronVersion(),
        '--exclude-checks',
        EXCLUDED_CHECKS.join(','),
        '--relative',
        '--verbose',
        'false',
        '--output',
        report,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    if (result.status !== 0)
      throw new Error(
        `Electronegativity exited with ${result.status ?? result.signal}:\n${result.stderr}`,
      );
    const findings = parseFindings(await readFile(report, 'utf8'));
    const reasons = parseReasons(
      JSON.parse(await readFile(join(root, REASONS_FILE), 'utf8')) as unknown,
      REASONS_FILE,
    );
    const verdict = judgeFindings(findings, reasons);

    for (const { finding, reason } of verdict.explained)
      console.log(`reviewed  ${describe(finding)}\n          reason: ${reason.reason}`);
    for (const finding of verdict.minor) console.log(`minor     ${describe(finding)}`);
    for (const reason of verdict.stale)
      console.warn(
        `stale     ${REASONS_FILE}: ${reason.check} ${reason.file} matches no finding; remove it`,
      );
    for (const finding of verdict.unexplained) console.error(`UNREVIEWED ${describe(finding)}`);

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const summary = `Electronegativity: ${findings.length} findings, ${verdict.explained.length} reviewed, ${verdict.minor.length} minor, ${verdict.unexplained.length} without a reason (${seconds} s)`;
    if (verdict.unexplained.length > 0) {
      console.error(
        `${summary}.\nFix each UNREVIEWED finding, or add { check, file, reason } to ${REASONS_FILE}.`,
      );
      process.exitCode = 1;
    } else console.log(`${summary}.`);
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
