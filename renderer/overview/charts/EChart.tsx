/**
 * One echarts chart in a React tree: made once per theme (echarts' built-in dark theme in dark
 * mode, on the card's own surface), options replaced as the figures change, resized with its box.
 */
import { useEffect, useRef } from 'react';
import { useFormat } from '../../i18n/useFormat';
import type { Theme } from '../../styles/theme';
import type { ECharts, EChartsCoreOption } from './echarts';
import { echarts } from './echarts';
import { chartLocale } from './echarts';

interface EChartProps {
  option: EChartsCoreOption;
  theme: Theme;
  label: string;
  height: number;
  onChart?: (chart: ECharts | null) => void;
}

export function EChart({ option, theme, label, height, onChart }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const { language } = useFormat();
  const onChartRef = useRef(onChart);
  useEffect(() => {
    onChartRef.current = onChart;
  });

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, theme === 'dark' ? 'dark' : undefined, {
      renderer: 'canvas',
      locale: chartLocale(language),
    });
    chart.current = instance;
    onChartRef.current?.(instance);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      onChartRef.current?.(null);
      instance.dispose();
      chart.current = null;
    };
  }, [theme, language]);

  useEffect(() => {
    chart.current?.setOption(
      // echarts' aria describes the series in words: the chart's text alternative.
      { backgroundColor: 'transparent', aria: { enabled: true }, ...option },
      { notMerge: true },
    );
  }, [option, label, theme, language]);

  return (
    <figure className="echart" aria-label={label}>
      <div ref={element} style={{ height }} />
    </figure>
  );
}
