import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageProgress } from '../../shared/importer/progress';
import { useFormat } from '../i18n/useFormat';
import { formatDuration, percentDone, stageFigures, stageRate } from './progressText';

/** One stage of a pull: its bar, how much of how much, its rate and the time left. */
export function StageBar({ stage }: { stage: StageProgress }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const labelId = useId();
  const percent = percentDone(stage);
  const figures = stageFigures(language, stage);
  const amount = t(`import.amount.${stage.unit}`, figures);
  const rate = stageRate(language, stage);
  const finished = stage.total > 0 && stage.done >= stage.total;
  const details = finished
    ? t('import.stageDone')
    : [
        rate && stage.unit !== 'checks' ? t(`import.rate.${stage.unit}`, { rate }) : null,
        stage.secondsLeft !== null && stage.secondsLeft > 0
          ? t('import.timeLeft', { time: formatDuration(language, stage.secondsLeft) })
          : null,
      ]
        .filter(Boolean)
        .join(' · ');
  return (
    <div className="stage" data-stage={stage.stage} data-finished={finished}>
      <span className="stage__label" id={labelId}>
        {t(`import.stages.${stage.stage}`)}
      </span>
      <div
        className="stage__bar"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% · ${amount}`}
      >
        <div className="stage__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="stage__amount">{amount}</span>
      <span className="stage__details muted">{details}</span>
    </div>
  );
}
