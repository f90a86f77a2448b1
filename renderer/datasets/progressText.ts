/** The words and figures of a progress bar: amounts, rates, time left and durations. */
import type { Language } from '../../shared/host/hostApi';
import type { StageProgress } from '../../shared/importer/progress';
import { formatBytes, formatNumber } from '../i18n/format';

/** "42 s", "3 min", "1.5 h" (or 42秒…), rounded up so the estimate never runs short. */
export function formatDuration(language: Language, seconds: number): string {
  const unit = (value: number, name: 'second' | 'minute' | 'hour', digits = 0) =>
    new Intl.NumberFormat(language, {
      style: 'unit',
      unit: name,
      unitDisplay: 'short',
      maximumFractionDigits: digits,
    }).format(value);
  if (seconds < 60) return unit(Math.max(1, Math.ceil(seconds)), 'second');
  if (seconds < 3600) return unit(Math.ceil(seconds / 60), 'minute');
  return unit(Math.ceil(seconds / 360) / 10, 'hour', 1);
}

/** Done and total in the stage's unit, formatted (bytes as sizes, the rest as counts). */
export function stageFigures(
  language: Language,
  stage: StageProgress,
): { done: string; total: string } {
  const figure = (value: number) =>
    stage.unit === 'bytes'
      ? formatBytes(language, value)
      : formatNumber(language, Math.round(value));
  return { done: figure(stage.done), total: figure(stage.total) };
}

/** The stage's rate in its unit, or null when there is none to show. */
export function stageRate(language: Language, stage: StageProgress): string | null {
  if (stage.perSecond === null || stage.unit === 'checks' || stage.done >= stage.total) return null;
  return stage.unit === 'bytes'
    ? formatBytes(language, stage.perSecond)
    : formatNumber(language, Math.round(stage.perSecond));
}

/** Whole percent done, 0…100. */
export function percentDone(stage: Pick<StageProgress, 'done' | 'total'>): number {
  if (stage.total <= 0) return 100;
  return Math.min(100, Math.floor((stage.done / stage.total) * 100));
}
