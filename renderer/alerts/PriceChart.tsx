import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DictionaryRows } from '../../shared/dictionary/types';
import { chinaDate } from './chinaDate';
import { cssColor, EChart, type EChartInstance } from './EChart';

interface PriceChartProps {
  instrument: string;
  instrumentName: string;
  bars: DictionaryRows['market_bars'][];
  trades: DictionaryRows['trades'][];
  orders: DictionaryRows['orders'][];
  events: DictionaryRows['events'][];
  /** Events with an alert account among their insiders: their sensitive windows are shaded. */
  insiderEvents: ReadonlySet<string>;
  window: { from: string; to: string };
  theme: string;
  onReady?: (chart: EChartInstance | null) => void;
}

/**
 * Daily candlesticks of one instrument around the alert window, with the alert accounts' buys and
 * sells, their cancelled orders, corporate events and insiders' sensitive windows drawn on top.
 */
export function PriceChart({
  instrument,
  instrumentName,
  bars,
  trades,
  orders,
  events,
  insiderEvents,
  window,
  theme,
  onReady,
}: PriceChartProps) {
  const { t } = useTranslation();
  const build = useCallback(() => {
    const dates = bars.map((bar) => bar.date);
    const present = new Set(dates);
    const up = cssColor('--danger-text');
    const down = cssColor('--ok-text');
    const text = cssColor('--text-muted');
    const border = cssColor('--border');
    const point = (ts: string, price: number) => {
      const date = chinaDate(ts);
      return present.has(date) ? [date, price] : null;
    };
    const ofInstrument = <T extends { instrument: string }>(rows: T[]) =>
      rows.filter((row) => row.instrument === instrument);
    const buys = ofInstrument(trades).filter((trade) => trade.side === 'B').map((trade) => point(trade.ts, trade.price)).filter(Boolean);
    const sells = ofInstrument(trades).filter((trade) => trade.side === 'S').map((trade) => point(trade.ts, trade.price)).filter(Boolean);
    const cancels = ofInstrument(orders)
      .filter((order) => order.status === 'cancelled')
      .map((order) => point(order.ts, order.price))
      .filter(Boolean);
    const clampDate = (date: string) => {
      if (dates.length === 0) return date;
      if (date < (dates[0] as string)) return dates[0] as string;
      if (date > (dates.at(-1) as string)) return dates.at(-1) as string;
      return dates.find((candidate) => candidate >= date) ?? (dates.at(-1) as string);
    };
    const ownEvents = ofInstrument(events);
    return {
      animation: false,
      legend: { top: 0, textStyle: { color: text } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'cross' } },
      grid: { left: 8, right: 16, top: 32, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: dates, axisLabel: { color: text }, axisLine: { lineStyle: { color: border } } },
      yAxis: { scale: true, axisLabel: { color: text }, splitLine: { lineStyle: { color: border } } },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
      series: [
        {
          type: 'candlestick',
          name: instrumentName,
          data: bars.map((bar) => [bar.open, bar.close, bar.low, bar.high]),
          itemStyle: { color: up, color0: down, borderColor: up, borderColor0: down },
          markArea: {
            silent: true,
            data: [
              [
                {
                  name: t('alerts.chart.window'),
                  xAxis: clampDate(chinaDate(window.from)),
                  itemStyle: { color: 'rgba(11, 92, 173, 0.10)' },
                  label: { color: text },
                },
                { xAxis: clampDate(chinaDate(window.to)) },
              ],
              ...ownEvents
                .filter((event) => insiderEvents.has(event.id))
                .map((event) => [
                  {
                    name: t('alerts.chart.insiderWindow'),
                    xAxis: clampDate(chinaDate(event.sensitive_from)),
                    itemStyle: { color: 'rgba(200, 120, 0, 0.16)' },
                    label: { color: text, position: 'insideBottom' },
                  },
                  { xAxis: clampDate(chinaDate(event.public_ts)) },
                ]),
            ],
          },
          markLine: {
            symbol: 'none',
            lineStyle: { color: cssColor('--warning-text'), type: 'dashed' },
            label: { color: text, formatter: '{b}', position: 'insideEndTop', width: 160, overflow: 'truncate' },
            data: ownEvents.map((event) => ({ name: event.title, xAxis: clampDate(chinaDate(event.public_ts)) })),
          },
        },
        {
          type: 'scatter',
          name: t('alerts.chart.buys'),
          data: buys,
          symbol: 'triangle',
          symbolSize: 9,
          itemStyle: { color: up },
        },
        {
          type: 'scatter',
          name: t('alerts.chart.sells'),
          data: sells,
          symbol: 'triangle',
          symbolRotate: 180,
          symbolSize: 9,
          itemStyle: { color: down },
        },
        {
          type: 'scatter',
          name: t('alerts.chart.cancels'),
          data: cancels,
          symbol: 'diamond',
          symbolSize: 8,
          itemStyle: { color: 'transparent', borderColor: cssColor('--text-muted'), borderWidth: 1.5 },
        },
      ],
    };
    // `theme` re-reads the colours when the theme changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bars, trades, orders, events, insiderEvents, instrument, instrumentName, window, t, theme]);
  return (
    <EChart
      build={build}
      height={300}
      label={t('alerts.chart.label', { instrument: `${instrumentName} (${instrument})` })}
      onReady={onReady}
    />
  );
}
