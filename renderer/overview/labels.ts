/** How the Overview names its metrics and writes its figures. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapMetric } from '../../shared/analytics/overview/aggregate';
import { isoDateOfDay } from '../../shared/analytics/overview/days';
import { useFormat } from '../i18n/useFormat';

/** Region metrics the demo sandbox publishes have names in both languages; others show as sent. */
const KNOWN_REGION_METRICS = [
  'turnover',
  'trade_count',
  'active_accounts',
  'new_accounts',
] as const;

export function useOverviewLabels() {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo(() => {
    const compact = new Intl.NumberFormat(format.language, {
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    const regionMetric = (name: string) =>
      (KNOWN_REGION_METRICS as readonly string[]).includes(name)
        ? t(`overview.regionMetric.${name as (typeof KNOWN_REGION_METRICS)[number]}`)
        : name;
    return {
      metric: (metric: MapMetric) =>
        metric.startsWith('metric:')
          ? t('overview.metric.regionMetric', { name: regionMetric(metric.slice(7)) })
          : t(
              `overview.metric.${metric as 'openAlerts' | 'alertScore' | 'accountsUnderAlert' | 'turnover'}`,
            ),
      regionMetric,
      /** Counts in full, amounts and scores compactly. */
      value: (metric: MapMetric | 'tradeCount', value: number) =>
        metric === 'alertScore'
          ? value.toFixed(2)
          : metric === 'turnover' || metric.startsWith('metric:')
            ? compact.format(value)
            : format.number(value),
      compact: (value: number) => compact.format(value),
      number: format.number,
      day: (day: number) => isoDateOfDay(day),
    };
  }, [t, format]);
}
