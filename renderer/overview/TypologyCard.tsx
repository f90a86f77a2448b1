import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartBar } from 'lucide-react';
import type { Typology } from '../../shared/dictionary/types';
import type { Theme } from '../styles/theme';
import { ChartCard } from './charts/ChartCard';
import { baseOption, TYPOLOGY_COLOURS } from './charts/chartTheme';
import { useOverviewLabels } from './labels';
import { TYPOLOGIES } from '../../shared/dictionary/tables';

/** Open alerts of the period by typology, largest first. */
export function TypologyCard({
  typologies,
  theme,
  fileName,
}: {
  typologies: Partial<Record<Typology, number>>;
  theme: Theme;
  fileName: string;
}) {
  const { t } = useTranslation();
  const labels = useOverviewLabels();
  const option = useMemo(() => {
    const rows = (Object.entries(typologies) as [Typology, number][])
      .filter(([, count]) => count > 0)
      .sort((a, b) => a[1] - b[1]);
    return {
      ...baseOption(theme),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { opacity: 0.4 } } },
      yAxis: { type: 'category', data: rows.map(([typology]) => t(`typology.${typology}`)) },
      series: [
        {
          type: 'bar',
          name: t('overview.timeline.openAlerts'),
          data: rows.map(([typology, count]) => ({
            value: count,
            itemStyle: { color: TYPOLOGY_COLOURS[TYPOLOGIES.indexOf(typology)] },
          })),
          label: {
            show: true,
            position: 'right',
            formatter: ({ value }: { value: number }) => labels.number(value),
          },
        },
      ],
    };
  }, [typologies, theme, t, labels]);
  const rows = Object.values(typologies).filter((count) => (count ?? 0) > 0).length;
  return (
    <ChartCard
      picture="typologies"
      title={t('overview.typologies.title')}
      icon={ChartBar}
      fileName={fileName}
      option={option}
      theme={theme}
      height={Math.max(120, rows * 26 + 24)}
      className="overview-typologies"
    />
  );
}
