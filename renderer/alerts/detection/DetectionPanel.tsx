import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Cpu } from 'lucide-react';
import { useFormat } from '../../i18n/useFormat';
import type { DatasetRecord, UserRecord } from '../../db/records';
import { startLocalDetection, useDetectionRuns, type DetectionRunState } from './detectionClient';
import type { DetectionSummary } from './detectionStore';
import { useLastDetectionRuns } from './useLastDetectionRuns';

/** Who a run started without a user is recorded as. */
const WORKSTATION_ACTOR = 'workstation';

/**
 * Local detection on the Alerts page: runs it over a dataset's current generation when no run
 * has been recorded for it (after each committed import), and on demand; shows progress and
 * the outcome.
 */
export function DetectionPanel({
  datasets,
  user,
}: {
  datasets: readonly DatasetRecord[];
  user: UserRecord | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const lastRuns = useLastDetectionRuns(datasets);
  const runs = useDetectionRuns((state) => state.runs);
  const actor = user?.id ?? WORKSTATION_ACTOR;

  useEffect(() => {
    if (!lastRuns) return;
    for (const dataset of datasets) {
      const recorded = lastRuns.get(dataset.id);
      const state = runs[dataset.id];
      if (recorded?.generation === dataset.generation) continue;
      // Once per generation: a failed run waits for the user's button.
      if (state && state.generation === dataset.generation) continue;
      if (state?.phase === 'running') continue;
      startLocalDetection(dataset.id, dataset.generation, actor).catch(() => {});
    }
  }, [datasets, lastRuns, runs, actor]);

  return (
    <section className="card detection-panel" aria-labelledby="detection-title">
      <h2 id="detection-title" className="detection-panel__title">
        <Cpu aria-hidden="true" size={16} /> {t('alerts.detection.title')}
      </h2>
      <ul className="detection-panel__list">
        {datasets.map((dataset) => {
          const state = runs[dataset.id];
          const recorded = lastRuns?.get(dataset.id) ?? null;
          return (
            <li key={dataset.id} className="detection-panel__row">
              <span className="mono">{dataset.id}</span>
              <span role="status" className="detection-panel__status">
                {describe(state, recorded, dataset)}
              </span>
              <button
                type="button"
                className="button"
                disabled={state?.phase === 'running'}
                onClick={() =>
                  startLocalDetection(dataset.id, dataset.generation, actor).catch(() => {})
                }
              >
                {t('alerts.detection.run')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );

  function describe(
    state: DetectionRunState | undefined,
    recorded: DetectionSummary | null,
    dataset: DatasetRecord,
  ): string {
    if (state?.phase === 'running') {
      const progress = state.progress;
      if (!progress) return t('alerts.detection.starting');
      if (progress.stage === 'reading')
        return t('alerts.detection.reading', {
          table: progress.table,
          rows: format.number(progress.rows),
        });
      if (progress.stage === 'detecting')
        return t('alerts.detection.detecting', { done: progress.done, total: progress.total });
      return t('alerts.detection.writing');
    }
    if (state?.phase === 'failed') return t('alerts.detection.failed', { message: state.message });
    if (recorded && recorded.generation === dataset.generation)
      return t('alerts.detection.outcome', {
        fresh: format.number(recorded.fresh),
        raised: format.number(recorded.raised),
        version: recorded.version,
        when: format.dateTime(recorded.startedAt),
        seconds: (recorded.durationMs / 1000).toFixed(1),
      });
    return t('alerts.detection.never');
  }
}
