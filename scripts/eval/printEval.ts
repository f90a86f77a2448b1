/** The evaluation as the tables `npm run eval` prints. */
import type { EvalResult } from './runEval';

const cell = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));
const count = (value: number | null) => (value === null ? 'never' : String(value));

export function evalTables(result: EvalResult): string[] {
  const lines = [
    `dataset ${result.dataset}: ${result.local.alerts} local alert(s), precision ${cell(result.local.precision)}, ${result.local.onLookAlikes} on look-alikes; the sandbox's ${result.sandbox.alerts} alert(s): precision ${cell(result.sandbox.precision)}, ${result.sandbox.schemesFound}/${result.pool.schemes} schemes found`,
    '',
    'typology             schemes  found  recall  alerts  precision',
  ];
  for (const row of result.perTypology)
    lines.push(
      `${row.typology.padEnd(20)} ${String(row.schemes).padStart(7)} ${String(row.found).padStart(6)} ${cell(row.recall).padStart(7)} ${String(row.alerts).padStart(7)} ${cell(row.precision).padStart(10)}`,
    );
  const { reviewsTo90: r, pool } = result;
  lines.push(
    '',
    `queue: ${pool.alerts} alert(s) (${pool.truePositives} on planted schemes; ${pool.raised} sandbox alert(s) raised by local detections, ${pool.fresh} new); 90 % of ${pool.schemes} schemes = ${r.minimum}`,
    'order                                   alerts reviewed to find 90 % of the schemes',
    `learning loop (risk order, retrained)   ${count(r.learning)}`,
    `learning loop ("review next")           ${count(r.learningReviewNext)}`,
    `learning loop, cold start on sandbox's  ${count(r.learningFromSandboxScores)}`,
    `learning loop, no scores (id order)     ${count(r.learningWithoutScores)}`,
    `score order (sandbox's, raised locally) ${count(r.score)}`,
    `sandbox's own scores (new alerts last)  ${count(r.sandboxScore)}`,
    `random order (median of ${r.random.length})             ${count(r.randomMedian)}   [${r.random.map(count).join(', ')}]`,
    `learning loop / sandbox's own order     ${cell(result.learningOverSandbox)} (target ≤ 0.5; the least possible is ${r.minimum})`,
  );
  return lines;
}
