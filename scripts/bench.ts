// `npm run bench -- <name> [options]`: performance measurements (scripts/bench/).
import { fileURLToPath } from 'node:url';
import { DETECT_BENCH_USAGE, runDetectBench } from './bench/detect';
import { GRAPH_BENCH_USAGE, runGraphBench } from './bench/graph';
import { IMPORT_BENCH_USAGE, runImportBench } from './bench/import';
import { REPORT_BENCH_USAGE, runReportBench } from './bench/report';
import { OVERVIEW_BENCH_USAGE, runOverviewBench } from './bench/overview';
import { runTriageBench, TRIAGE_BENCH_USAGE } from './bench/triage';

const BENCHES: Record<
  string,
  { usage: string; run: (args: string[], root: string) => Promise<number> }
> = {
  import: { usage: IMPORT_BENCH_USAGE, run: runImportBench },
  detect: { usage: DETECT_BENCH_USAGE, run: runDetectBench },
  report: { usage: REPORT_BENCH_USAGE, run: runReportBench },
  overview: { usage: OVERVIEW_BENCH_USAGE, run: runOverviewBench },
  graph: { usage: GRAPH_BENCH_USAGE, run: runGraphBench },
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
