/** Chart chrome shared by the Overview's charts: the theme's text colour and a quiet grid. */
import type { Theme } from '../../styles/theme';

export function axisText(theme: Theme): string {
  return theme === 'dark' ? '#a8b1be' : '#545d69';
}

export const CHART_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

export function baseOption(theme: Theme) {
  return {
    textStyle: { fontFamily: CHART_FONT, color: axisText(theme) },
    animation: false,
    tooltip: { trigger: 'axis', confine: true },
  };
}

/** Typology colours: twelve distinct hues, stable across charts. */
export const TYPOLOGY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#1f77b4',
  '#8c564b',
];
