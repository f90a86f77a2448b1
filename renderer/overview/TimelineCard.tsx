/**
 * The daily timeline of open alerts and turnover over the data's whole span, with a brush: the
 * brushed days become the page's period, and a period set elsewhere shows as the brush.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Activity } from 'lucide-react';
import type { Timeline } from '../../shared/analytics/overview/aggregate';
import type { DayRange } from '../../shared/analytics/overview/days';
import type { Theme } from '../styles/theme';
import { ChartCard } from './charts/ChartCard';
import { baseOption } from './charts/chartTheme';
import type { ECharts } from './charts/echarts';
import { useOverviewLabels } from './labels';

interface TimelineCardProps {
  timeline: Timeline;
  period: DayRange;
  regionName: string;
  theme: Theme;
  onPeriod: (period: DayRange | null) => void;
}

export function TimelineCard({ timeline, period, regionName, theme, onPeriod }: TimelineCardProps) {
  const { t } = useTranslation();
  const labels = useOverviewLabels();
  const chart = useRef<ECharts | null>(null);
  const onPeriodRef = useRef(onPeriod);
  const span = timeline.days;
  const spanRef = useRef(span);
  useEffect(() => {
    onPeriodRef.current = onPeriod;
    spanRef.current = span;
  });
  const whole = period.from === span.from && period.to === span.to;

  const option = useMemo(
    () => ({
      ...baseOption(theme),
      legend: {
        top: 0,
        left: 0,
        data: [t('overview.timeline.openAlerts'), t('overview.timeline.turnover')],
      },
      grid: { left: 44, right: 64, top: 30, bottom: 24 },
      toolbox: { show: false },
      brush: {
        xAxisIndex: 0,
        brushType: 'lineX',
        brushMode: 'single',
        throttleType: 'debounce',
        throttleDelay: 200,
        outOfBrush: { colorAlpha: 0.25 },
      },
      xAxis: {
        type: 'category',
        data: timeline.openAlerts.map((_, index) => labels.day(span.from + index)),
        axisLabel: { formatter: (value: string) => value.slice(5) },
      },
      yAxis: [
        { type: 'value', minInterval: 1, name: '', splitLine: { lineStyle: { opacity: 0.4 } } },
        {
          type: 'value',
          splitLine: { show: false },
          axisLabel: { formatter: (value: number) => labels.compact(value) },
        },
      ],
      series: [
        {
          name: t('overview.timeline.openAlerts'),
          type: 'bar',
          data: timeline.openAlerts,
          itemStyle: { color: '#e15759' },
        },
        {
          name: t('overview.timeline.turnover'),
          type: 'line',
          yAxisIndex: 1,
          data: timeline.turnover,
          showSymbol: false,
          lineStyle: { width: 1.5 },
          itemStyle: { color: theme === 'dark' ? '#7db8ff' : '#0b5cad' },
        },
      ],
    }),
    [timeline, span.from, theme, t, labels],
  );

  const showBrush = useCallback(() => {
    const instance = chart.current;
    if (!instance) return;
    instance.dispatchAction({
      type: 'takeGlobalCursor',
      key: 'brush',
      brushOption: { brushType: 'lineX', brushMode: 'single' },
    });
    instance.dispatchAction({
      type: 'brush',
      areas: whole
        ? []
        : [
            {
              brushType: 'lineX',
              xAxisIndex: 0,
              coordRange: [period.from - span.from, period.to - span.from],
            },
          ],
    });
  }, [whole, period.from, period.to, span.from]);

  // After every setOption (which clears the brush) and every period change, redraw the brush.
  useEffect(() => showBrush(), [showBrush, option]);

  const onChart = useCallback((instance: ECharts | null) => {
    chart.current = instance;
    instance?.on('brushEnd', (event) => {
      const areas = (event as { areas?: { coordRange?: [number, number] }[] }).areas ?? [];
      const range = areas[0]?.coordRange;
      if (!range) {
        onPeriodRef.current(null);
        return;
      }
      const days = spanRef.current;
      const from = days.from + Math.max(0, Math.round(range[0]));
      const to = days.from + Math.min(days.to - days.from, Math.round(range[1]));
      onPeriodRef.current({ from, to });
    });
  }, []);

  return (
    <ChartCard
      picture="timeline"
      title={t('overview.timeline.title', { region: regionName })}
      icon={Activity}
      fileName={`timeline-${labels.day(span.from)}-${labels.day(span.to)}`}
      option={option}
      theme={theme}
      height={170}
      className="overview-timeline"
      onChart={onChart}
    />
  );
}
