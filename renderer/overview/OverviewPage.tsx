/**
 * The Overview: where risk sits in the jurisdiction over a period and how it moved. A KPI strip,
 * the risk map with its metric, heat and legend, the daily timeline whose brush sets the period,
 * the typology mix, and the focused region's panel; every part follows the same period.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, ArrowRight, Clock } from 'lucide-react';
import type { MapMetric } from '../../shared/analytics/overview/aggregate';
import type { DayRange } from '../../shared/analytics/overview/days';
import { clampRange } from '../../shared/analytics/overview/days';
import { pagePath } from '../app/pagePath';
import { useNow } from '../app/useNow';
import { isPastRetention } from '../datasets/freshness';
import { NoDatasetState } from '../datasets/NoDatasetState';
import { useDatasets } from '../datasets/useDatasets';
import type { DatasetRecord } from '../db/records';
import { EmptyState } from '../shell/EmptyState';
import { Loading } from '../shell/Loading';
import { PageIntro } from '../shell/PageIntro';
import { useResolvedTheme } from '../shell/useTheme';
import { OverviewViewContext, type OverviewView } from './evidenceProvenance';
import { KpiStrip } from './KpiStrip';
import { useOverviewLabels } from './labels';
import { MapCard } from './MapCard';
import type { HeatSource } from './map/mapLayers';
import { PeriodPicker } from './PeriodPicker';
import { RegionPanel } from './RegionPanel';
import { TimelineCard } from './TimelineCard';
import { TypologyCard } from './TypologyCard';
import { useOverview } from './useOverview';
import './overview.css';

export function OverviewPage() {
  const { t } = useTranslation();
  const now = useNow();
  const datasets = useDatasets();
  const usable = useMemo(
    () => datasets?.filter((dataset) => !isPastRetention(dataset, now)) ?? [],
    [datasets, now],
  );
  if (!datasets) return <Loading />;
  if (datasets.length === 0) {
    return (
      <>
        <PageIntro page="overview" />
        <NoDatasetState />
      </>
    );
  }
  const expired = datasets.filter((dataset) => isPastRetention(dataset, now));
  return (
    <>
      <PageIntro page="overview" />
      {expired.length > 0 && usable.length > 0 && (
        <p className="notice notice--warning overview-expired" role="status">
          <AlertTriangle aria-hidden="true" size={16} />
          {t('overview.state.someExpired', { titles: expired.map((d) => d.title).join('、') })}
        </p>
      )}
      {usable.length === 0 ? (
        <ExpiredState expired={expired} />
      ) : (
        <OverviewBody datasets={usable} />
      )}
    </>
  );
}

function ExpiredState({ expired }: { expired: DatasetRecord[] }) {
  const { t } = useTranslation();
  return (
    <div className="card">
      <EmptyState
        icon={Clock}
        title={t('overview.state.expiredTitle')}
        actions={
          <Link className="button button--primary" to={pagePath('datasets')}>
            {t('overview.state.toDatasets')}
            <ArrowRight aria-hidden="true" size={14} />
          </Link>
        }
      >
        <p>{t('overview.state.expiredBody', { titles: expired.map((d) => d.title).join('、') })}</p>
      </EmptyState>
    </div>
  );
}

function OverviewBody({ datasets }: { datasets: DatasetRecord[] }) {
  const { t } = useTranslation();
  const theme = useResolvedTheme();
  const labels = useOverviewLabels();
  const [period, setPeriod] = useState<DayRange | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const [metric, setMetric] = useState<MapMetric>('openAlerts');
  const [heat, setHeat] = useState<HeatSource>('trading');
  const { base, figures, progress, error } = useOverview(datasets, period, focus);

  if (error) {
    return (
      <p className="notice notice--error" role="alert">
        {t('overview.state.failed', { message: error })}
      </p>
    );
  }
  if (!base || !figures) {
    return (
      <div className="overview-preparing" role="status">
        <Loading />
        <p>
          {progress
            ? t('overview.state.progress', { done: progress.done, total: progress.total })
            : t('overview.state.preparing')}
        </p>
      </div>
    );
  }
  const root = base.roots[0] ?? base.regions[0]?.code ?? '';
  const focused = focus ?? root;
  const shownPeriod = period ? clampRange(period, base.span) : base.span;
  const regionName = base.regions.find((region) => region.code === focused)?.name ?? focused;
  const changeFocus = (code: string) => setFocus(code === root ? null : code);
  const periodName = `${labels.day(shownPeriod.from)}-${labels.day(shownPeriod.to)}`;
  const view: OverviewView = {
    datasets: datasets.map((dataset) => ({ id: dataset.id, generation: dataset.generation })),
    period: { from: labels.day(shownPeriod.from), to: labels.day(shownPeriod.to) },
    region: { code: focused, name: regionName },
    metric,
    heat,
  };

  return (
    <OverviewViewContext value={view}>
      <div className="overview" data-period={periodName}>
        <KpiStrip kpis={figures.summary.kpis} datasets={datasets} />
        <PeriodPicker span={base.span} period={shownPeriod} onChange={setPeriod} />
        <TimelineCard
          timeline={figures.timeline}
          period={shownPeriod}
          regionName={regionName}
          theme={theme}
          onPeriod={setPeriod}
        />
        <div className="overview__main">
          <div className="overview__column">
            <MapCard
              base={base}
              summary={figures.summary}
              metric={metric}
              onMetric={setMetric}
              heat={heat}
              onHeat={setHeat}
              focus={focused}
              onFocus={changeFocus}
              theme={theme}
            />
            <TypologyCard
              typologies={figures.summary.typologies}
              theme={theme}
              fileName={`typologies-${periodName}`}
            />
          </div>
          {figures.detail && (
            <RegionPanel base={base} detail={figures.detail} theme={theme} onFocus={changeFocus} />
          )}
        </div>
      </div>
    </OverviewViewContext>
  );
}
