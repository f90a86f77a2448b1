// `npm run demo-data -- --out <folder> [--scale N] [--seed S] [--truth <file>]`: the synthetic jurisdiction (scripts/demo-data/).
import { DEMO_DATA_USAGE, DemoDataUsageError, parseDemoDataArgs } from './demo-data/cliArgs';
import { generateJurisdiction } from './demo-data/generate';

function main(argv: string[]): number {
  let args;
  try {
    args = parseDemoDataArgs(argv);
  } catch (error) {
    const usage =
      error instanceof DemoDataUsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(`demo-data: ${(error as Error).message}`);
    if (usage) console.error(`usage: ${DEMO_DATA_USAGE}`);
    return usage ? 2 : 1;
  }
  console.log(`generating seed "${args.seed}" at scale ${args.scale} into ${args.outDir}`);
  const summary = generateJurisdiction({ ...args, log: (line) => console.log(line) });
  let total = 0;
  for (const { table, rows, bytes } of summary.tables) {
    total += bytes;
    console.log(
      `  ${table.padEnd(16)} ${String(rows).padStart(9)} rows ${(bytes / 1e6).toFixed(2).padStart(9)} MB`,
    );
  }
  const missed = summary.truth.schemes
    .filter((scheme) => !scheme.detected)
    .map((scheme) => scheme.id);
  console.log(
    `  ${'total'.padEnd(16)} ${''.padStart(14)} ${(total / 1e6).toFixed(2).padStart(9)} MB`,
  );
  console.log(
    `${summary.truth.schemes.length} planted schemes (missed by the sandbox: ${missed.join(', ') || 'none'}), ` +
      `${summary.truth.benign.length} benign groups, ${summary.truth.alerts.true_positive.length} true and ` +
      `${summary.truth.alerts.false_positive.length} false alerts`,
  );
  console.log(`ground truth: ${args.truthFile}`);
  console.log(`done in ${(summary.elapsedMs / 1000).toFixed(1)} s`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
