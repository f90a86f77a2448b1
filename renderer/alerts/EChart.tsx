import { useEffect, useRef } from 'react';
import { BarChart, CandlestickChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import type { EChartsCoreOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  CandlestickChart,
  ScatterChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type EChartInstance = echarts.ECharts;

interface EChartProps {
  /** Builds the option; called after layout, so theme colours read from CSS are current. */
  build: () => EChartsCoreOption;
  /** Accessible name of the chart; the figure's caption or table carries the data itself. */
  label: string;
  height: number;
  onReady?: (chart: EChartInstance | null) => void;
}

/** Reads a design token, so charts follow the light or dark theme. */
export function cssColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

/** One echarts canvas, resized with its box and disposed with the component. */
export function EChart({ build, label, height, onReady }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartInstance | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    onReady?.(instance);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      onReady?.(null);
      instance.dispose();
      chart.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    chart.current?.setOption(build(), { notMerge: true });
  }, [build]);

  return <div ref={box} className="echart" role="img" aria-label={label} style={{ height }} />;
}
