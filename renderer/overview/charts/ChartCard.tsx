import { useRef } from 'react';
import type { LucideIcon } from 'lucide-react';
import type { Theme } from '../../styles/theme';
import { AddViewToCase } from '../AddViewToCase';
import { ExportButton } from '../ExportButton';
import { OverviewCard } from '../OverviewCard';
import { EChart } from './EChart';
import type { ECharts, EChartsCoreOption } from './echarts';

interface ChartCardProps {
  title: string;
  icon?: LucideIcon;
  fileName: string;
  /** Which picture of the Overview this is, for a case's evidence provenance. */
  picture: string;
  option: EChartsCoreOption;
  theme: Theme;
  height: number;
  className?: string;
  onChart?: (chart: ECharts | null) => void;
}

/** A chart in a card, with its PNG export and "Add to case". */
export function ChartCard({
  title,
  icon,
  fileName,
  picture,
  option,
  theme,
  height,
  className,
  onChart,
}: ChartCardProps) {
  const chart = useRef<ECharts | null>(null);
  const dataUrl = () =>
    chart.current?.getDataURL({
      type: 'png',
      pixelRatio: 2,
      backgroundColor: theme === 'dark' ? '#1b1f26' : '#ffffff',
    }) ?? null;
  return (
    <OverviewCard
      title={title}
      icon={icon}
      className={className}
      actions={
        <>
          <ExportButton what={title} fileName={fileName} dataUrl={dataUrl} />
          <AddViewToCase what={title} kind="chart" picture={picture} dataUrl={dataUrl} />
        </>
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
