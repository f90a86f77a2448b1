/**
 * "Review next" over the queue as shown: among the alerts the filters keep that have no
 * disposition yet, the one whose label would teach the risk model most (shared reviewNext:
 * uncertainty sampling among the highest risks), or the highest score while the model waits
 * for labels.
 */
import { reviewNext, type RiskEstimate } from '../../../shared/analytics/learning/riskModel';
import type { QueueIndex } from '../../../shared/triage/queueIndex';

export function reviewNextRow(
  index: QueueIndex,
  rows: ArrayLike<number>,
  source: RiskEstimate['source'],
): number | null {
  const unlabelled: RiskEstimate[] = [];
  for (let at = 0; at < rows.length; at += 1) {
    const row = rows[at] as number;
    if (index.disposition[row] !== 0) continue;
    unlabelled.push({ alertId: index.row(row).key, risk: index.risk[row] as number, source, contributions: [] });
  }
  const pick = reviewNext(unlabelled);
  return pick ? (index.indexOf(pick.alertId) ?? null) : null;
}
