import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCAL_FEATURE_PREFIX } from '../../shared/analytics/dedup';
import type { AlertFeature } from '../../shared/dictionary/types';
import { cssColor, EChart } from './EChart';

/** Each feature's contribution to the score, largest first, as bars. */
export function FeatureChart({
  features,
  allLocal,
  theme,
  label,
}: {
  features: AlertFeature[];
  /** Every feature is local detection's (a local alert); else only the `local:` ones are. */
  allLocal: boolean;
  theme: string;
  /** The chart's accessible name; the score's contributions by default. */
  label?: string;
}) {
  const { t } = useTranslation();
  const sorted = useMemo(
    () => [...features].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution)),
    [features],
  );
  const build = useCallback(() => {
    const text = cssColor('--text-muted');
    return {
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', axisLabel: { color: text }, splitLine: { lineStyle: { color: cssColor('--border') } } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: sorted.map((feature) => feature.name),
        axisLabel: { color: text, fontFamily: 'monospace' },
      },
      series: [
        {
          type: 'bar',
          name: t('alerts.detail.contribution'),
          data: sorted.map((feature) => ({
            value: feature.contribution,
            itemStyle: {
              color:
                feature.contribution < 0
                  ? cssColor('--danger-text')
                  : allLocal || feature.name.startsWith(LOCAL_FEATURE_PREFIX)
                    ? cssColor('--warning-text')
                    : cssColor('--accent'),
            },
          })),
          barMaxWidth: 16,
        },
      ],
    };
    // `theme` re-reads the colours when the theme changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sorted, allLocal, t, theme]);
  return (
    <EChart
      build={build}
      label={label ?? t('alerts.detail.featuresChart')}
      height={Math.max(90, sorted.length * 26 + 24)}
    />
  );
}
