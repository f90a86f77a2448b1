import { useRef } from 'react';
import type { LucideIcon } from 'lucide-react';
import type { Theme } from '../../styles/theme';
import { ExportButton } from '../ExportButton';
import { OverviewCard } from '../OverviewCard';
import { EChart } from './EChart';
import type { ECharts, EChartsCoreOption } from './echarts';

interface ChartCardProps {
  title: string;
  icon?: LucideIcon;
  fileName: string;
  option: EChartsCoreOption;
  theme: Theme;
  height: number;
  className?: string;
  onChart?: (chart: ECharts | null) => void;
}

/** A chart in a card, with its PNG export. */
export function ChartCard({
  title,
  icon,
  fileName,
  option,
  theme,
  height,
  className,
  onChart,
}: ChartCardProps) {
  const chart = useRef<ECharts | null>(null);
  return (
    <OverviewCard
      title={title}
      icon={icon}
      className={className}
      actions={
        <ExportButton
          what={title}
          fileName={fileName}
          dataUrl={() =>
            chart.current?.getDataURL({
              type: 'png',
              pixelRatio: 2,
              backgroundColor: theme === 'dark' ? '#1b1f26' : '#ffffff',
            }) ?? null
          }
        />
      }
    >
      <EChart
        option={option}
        theme={theme}
        label={title}
        height={height}
        onChart={(instance) => {
          chart.current = instance;
          onChart?.(instance);
        }}
      />
    </OverviewCard>
  );
}
