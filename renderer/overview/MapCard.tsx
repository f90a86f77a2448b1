import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Map as MapIcon } from 'lucide-react';
import type {
  BranchFigures,
  MapMetric,
  PeriodSummary,
} from '../../shared/analytics/overview/aggregate';
import { BASE_METRICS, metricValue } from '../../shared/analytics/overview/aggregate';
import type { CubeRegion } from '../../shared/analytics/overview/cube';
import { quantileBreaks } from '../../shared/analytics/overview/scale';
import type { Theme } from '../styles/theme';
import { AddViewToCase } from './AddViewToCase';
import { ExportButton } from './ExportButton';
import { useOverviewLabels } from './labels';
import { MapLegend } from './MapLegend';
import type { HeatSource, MapPick, RegionPolygon } from './map/mapLayers';
import type { RiskMapHandle } from './map/RiskMap';
import { RiskMap } from './map/RiskMap';
import { OverviewCard } from './OverviewCard';
import type { OverviewBase } from './protocol';
import { shownRegions } from './regionTree';

interface MapCardProps {
  base: OverviewBase;
  summary: PeriodSummary;
  metric: MapMetric;
  onMetric: (metric: MapMetric) => void;
  heat: HeatSource;
  onHeat: (heat: HeatSource) => void;
  focus: string;
  onFocus: (code: string) => void;
  theme: Theme;
}

const CLASSES = 5;

export function MapCard(props: MapCardProps) {
  const { base, summary, metric, heat, focus, theme } = props;
  const { t } = useTranslation();
  const labels = useOverviewLabels();
  const map = useRef<RiskMapHandle>(null);
  const metricId = useId();
  const heatId = useId();
  const regionId = useId();
  const shown = useMemo(() => shownRegions(base, focus), [base, focus]);
  const breaks = useMemo(
    () =>
      quantileBreaks(
        [...shown].map((code) => metricValue(summary.regions[code], metric)),
        CLASSES,
      ),
    [shown, summary, metric],
  );
  const names = useMemo(() => new Map(base.regions.map((r) => [r.code, r.name])), [base]);
  const metrics: MapMetric[] = [
    ...BASE_METRICS,
    ...base.metricNames.map((name): MapMetric => `metric:${name}`),
  ];

  const tooltip = (pick: MapPick): string | null => {
    const object = pick.object;
    if (!object) return null;
    if (pick.layer?.id === 'branches') {
      const branch = object as BranchFigures;
      return [
        branch.name,
        t('overview.tooltip.openAlerts', { value: labels.number(branch.openAlerts) }),
        t('overview.tooltip.trades', { value: labels.number(branch.tradeCount) }),
        t('overview.tooltip.turnover', { value: labels.compact(branch.turnover) }),
      ].join('\n');
    }
    const code = (object as RegionPolygon | CubeRegion).code;
    const figures = summary.regions[code];
    if (!figures) return names.get(code) ?? code;
    return [
      names.get(code) ?? code,
      t('overview.tooltip.openAlerts', { value: labels.number(figures.openAlerts) }),
      t('overview.tooltip.alertScore', { value: figures.alertScore.toFixed(2) }),
      t('overview.tooltip.accountsUnderAlert', {
        value: labels.number(figures.accountsUnderAlert),
      }),
      t('overview.tooltip.turnover', { value: labels.compact(figures.turnover) }),
      ...base.metricNames.map((name) =>
        t('overview.tooltip.metric', {
          name: labels.regionMetric(name),
          value: labels.compact(figures.metrics[name] ?? 0),
        }),
      ),
    ].join('\n');
  };

  const focusName = names.get(focus) ?? focus;
  const mapDataUrl = () =>
    map.current?.toDataUrl(
      getComputedStyle(document.body).getPropertyValue('--surface') || '#fff',
    ) ?? null;
  return (
    <OverviewCard
      title={t('overview.map.title')}
      icon={MapIcon}
      className="overview-map"
      actions={
        <>
          <ExportButton
            what={t('overview.map.title')}
            fileName={`risk-map-${focus}-${labels.day(summary.period.from)}-${labels.day(summary.period.to)}`}
            dataUrl={mapDataUrl}
          />
          <AddViewToCase
            what={t('overview.map.title')}
            kind="map"
            picture="map"
            dataUrl={mapDataUrl}
          />
        </>
      }
    >
      <div className="overview-map__controls">
        <label htmlFor={metricId}>{t('overview.metric.label')}</label>
        <select
          id={metricId}
          value={metric}
          onChange={(event) => props.onMetric(event.target.value as MapMetric)}
        >
          {metrics.map((option) => (
            <option key={option} value={option}>
              {labels.metric(option)}
            </option>
          ))}
        </select>
        <label htmlFor={heatId}>{t('overview.heat.label')}</label>
        <select
          id={heatId}
          value={heat}
          onChange={(event) => props.onHeat(event.target.value as HeatSource)}
        >
          <option value="trading">{t('overview.heat.trading')}</option>
          <option value="alerts">{t('overview.heat.alerts')}</option>
          <option value="off">{t('overview.heat.off')}</option>
        </select>
        <label htmlFor={regionId}>{t('overview.map.region')}</label>
        <select
          id={regionId}
          value={shown.has(focus) ? focus : ''}
          onChange={(event) => event.target.value && props.onFocus(event.target.value)}
        >
          {!shown.has(focus) && <option value="">{t('overview.map.allRegions')}</option>}
          {[...shown].map((code) => (
            <option key={code} value={code}>
              {names.get(code) ?? code}
            </option>
          ))}
        </select>
      </div>
      <RiskMap
        ref={map}
        base={base}
        summary={summary}
        metric={metric}
        breaks={breaks}
        focus={focus}
        shown={shown}
        heat={heat}
        theme={theme}
        label={t('overview.map.label', { region: focusName, metric: labels.metric(metric) })}
        tooltip={tooltip}
        onSelect={props.onFocus}
      />
      <MapLegend metric={metric} breaks={breaks} theme={theme} />
      <p className="overview-note">{t('overview.legend.note')}</p>
    </OverviewCard>
  );
}
