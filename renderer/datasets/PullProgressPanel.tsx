import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import type { PullProgress } from '../import/pullProgress';
import { StageBar } from './StageBar';

interface PullProgressPanelProps {
  datasetTitle: string;
  progress: PullProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}

/** A running pull: which package and table, a bar per stage, and Cancel. */
export function PullProgressPanel({
  datasetTitle,
  progress,
  cancelling,
  onCancel,
}: PullProgressPanelProps) {
  const { t } = useTranslation();
  const phase = progress
    ? t(`import.phase.${progress.phase}`, { table: progress.table ?? '' })
    : t('import.preparing');
  return (
    <section className="pull-panel" aria-label={t('import.panelLabel', { dataset: datasetTitle })}>
      <header className="pull-panel__header">
        <div>
          <h3>{t('import.panelTitle', { dataset: datasetTitle })}</h3>
          <p className="muted" role="status">
            {progress && progress.version !== null && (
              <>
                {t('import.step', {
                  step: progress.step,
                  steps: progress.steps,
                  version: progress.version,
                })}
                {' · '}
              </>
            )}
            {phase}
          </p>
          {progress?.retry && (
            <p className="pull-panel__retry" role="alert">
              {t('import.retrying', progress.retry)}
            </p>
          )}
        </div>
        <button
          type="button"
          className="button"
          onClick={onCancel}
          disabled={cancelling}
          aria-label={t('import.cancelLabel', { dataset: datasetTitle })}
        >
          <X aria-hidden="true" size={14} />
          {cancelling ? t('import.cancelling') : t('import.cancel')}
        </button>
      </header>
      {progress && progress.version !== null && (
        <div className="pull-panel__stages">
          {progress.stages.map((stage) => (
            <StageBar key={stage.stage} stage={stage} />
          ))}
        </div>
      )}
    </section>
  );
}
