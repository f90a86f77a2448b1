/**
 * The period: presets counted back from the data's last day (the data is a past quarter, not
 * today), and from/to dates for any range; the timeline's brush sets the same state.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayRange } from '../../shared/analytics/overview/days';
import { clampRange, dayOfIsoDate, isoDateOfDay } from '../../shared/analytics/overview/days';

const PRESETS = [
  { key: 'all', days: null },
  { key: 'last30', days: 30 },
  { key: 'last7', days: 7 },
  { key: 'lastDay', days: 1 },
] as const;

interface PeriodPickerProps {
  span: DayRange;
  period: DayRange;
  onChange: (period: DayRange | null) => void;
}

export function PeriodPicker({ span, period, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const fromId = useId();
  const toId = useId();
  const presetRange = (days: number | null): DayRange =>
    days === null ? span : clampRange({ from: span.to - days + 1, to: span.to }, span);
  const setDate = (which: 'from' | 'to', value: string) => {
    const day = dayOfIsoDate(value);
    if (Number.isNaN(day)) return;
    const next =
      which === 'from'
        ? { from: day, to: Math.max(day, period.to) }
        : { from: Math.min(day, period.from), to: day };
    onChange(clampRange(next, span));
  };
  return (
    <fieldset className="overview-period">
      <legend>{t('overview.period.label')}</legend>
      <div className="segmented" role="group" aria-label={t('overview.period.presets')}>
        {PRESETS.map((preset) => {
          const range = presetRange(preset.days);
          const active = range.from === period.from && range.to === period.to;
          return (
            <button
              key={preset.key}
              type="button"
              className={active ? 'segmented__item is-active' : 'segmented__item'}
              aria-pressed={active}
              onClick={() => onChange(preset.days === null ? null : range)}
            >
              {t(`overview.period.${preset.key}`)}
            </button>
          );
        })}
      </div>
      <label htmlFor={fromId}>{t('overview.period.from')}</label>
      <input
        id={fromId}
        type="date"
        value={isoDateOfDay(period.from)}
        min={isoDateOfDay(span.from)}
        max={isoDateOfDay(span.to)}
        onChange={(event) => setDate('from', event.target.value)}
      />
      <label htmlFor={toId}>{t('overview.period.to')}</label>
      <input
        id={toId}
        type="date"
        value={isoDateOfDay(period.to)}
        min={isoDateOfDay(span.from)}
        max={isoDateOfDay(span.to)}
        onChange={(event) => setDate('to', event.target.value)}
      />
    </fieldset>
  );
}
