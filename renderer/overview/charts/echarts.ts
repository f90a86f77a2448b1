/** echarts with only what the Overview draws (tree-shaken core). */
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  BrushComponent,
  GridComponent,
  LegendComponent,
  ToolboxComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import langZH from 'echarts/i18n/langZH-obj.js';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  BrushComponent,
  ToolboxComponent,
  AriaComponent,
  CanvasRenderer,
]);

echarts.registerLocale('ZH', langZH);

/** echarts' own words (aria descriptions, toolbox) in the UI language. */
export function chartLocale(language: string): 'ZH' | 'EN' {
  return language.startsWith('zh') ? 'ZH' : 'EN';
}

export { echarts };
export type { ECharts, EChartsCoreOption } from 'echarts/core';
