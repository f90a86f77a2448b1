// `npm run bench -- <name> [options]`: performance measurements (scripts/bench/).
import { fileURLToPath } from 'node:url';
import { IMPORT_BENCH_USAGE, runImportBench } from './bench/import';
import { runTriageBench, TRIAGE_BENCH_USAGE } from './bench/triage';

const BENCHES: Record<
  string,
  { usage: string; run: (args: string[], root: string) => Promise<number> }
> = {
  import: { usage: IMPORT_BENCH_USAGE, run: runImportBench },
  triage: { usage: TRIAGE_BENCH_USAGE, run: runTriageBench },
};

const root = fileURLToPath(new URL('..', import.meta.url));
const [name, ...args] = process.argv.slice(2);
const bench = name === undefined ? undefined : BENCHES[name];
if (!bench) {
  console.error(
    `usage: npm run bench -- <name>\n${Object.values(BENCHES)
      .map((entry) => `  ${entry.usage}`)
      .join('\n')}`,
  );
  process.exitCode = 2;
} else {
  process.exitCode = await bench.run(args, root);
}
