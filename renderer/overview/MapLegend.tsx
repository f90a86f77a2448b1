import { useTranslation } from 'react-i18next';
import type { MapMetric } from '../../shared/analytics/overview/aggregate';
import type { Theme } from '../styles/theme';
import { useOverviewLabels } from './labels';
import { CLASS_COLOURS, cssColour, MAP_PALETTES } from './map/palette';

/** The colour scale with its class breaks (quantiles of the regions shown). */
export function MapLegend({
  metric,
  breaks,
  theme,
}: {
  metric: MapMetric;
  breaks: number[];
  theme: Theme;
}) {
  const { t } = useTranslation();
  const labels = useOverviewLabels();
  const classes = breaks.map((upper, k) => ({
    colour: CLASS_COLOURS[k]!,
    text:
      k === 0
        ? t('overview.legend.upTo', { to: labels.value(metric, upper) })
        : t('overview.legend.range', {
            from: labels.value(metric, breaks[k - 1]!),
            to: labels.value(metric, upper),
          }),
  }));
  return (
    <figure
      className="map-legend"
      aria-label={t('overview.legend.title', { metric: labels.metric(metric) })}
    >
      <figcaption>{labels.metric(metric)}</figcaption>
      <ul>
        <li>
          <span
            className="map-legend__swatch"
            style={{ background: cssColour(MAP_PALETTES[theme].noData) }}
          />
          {t('overview.legend.none')}
        </li>
        {classes.map((entry) => (
          <li key={entry.text}>
            <span className="map-legend__swatch" style={{ background: cssColour(entry.colour) }} />
            {entry.text}
          </li>
        ))}
        <li>
          <span
            className="map-legend__dot"
            style={{ background: cssColour(MAP_PALETTES[theme].branch) }}
          />
          {t('overview.legend.branches')}
        </li>
      </ul>
    </figure>
  );
}
