/**
 * The focused region's panel: a breadcrumb back up (province → city), its figures, the alert
 * trend by day and typology, the top brokers, branches and accounts, recent high-score alerts
 * (each opens in Alerts) and its region metrics.
 */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ChevronRight, MapPin } from 'lucide-react';
import type { RankedParty, RegionDetail } from '../../shared/analytics/overview/aggregate';
import { TYPOLOGIES } from '../../shared/dictionary/tables';
import { pagePath } from '../app/pagePath';
import type { Theme } from '../styles/theme';
import { ChartCard } from './charts/ChartCard';
import { baseOption, TYPOLOGY_COLOURS } from './charts/chartTheme';
import { useOverviewLabels } from './labels';
import type { OverviewBase } from './protocol';
import { breadcrumbOf } from './regionTree';

interface RegionPanelProps {
  base: OverviewBase;
  detail: RegionDetail;
  theme: Theme;
  onFocus: (code: string) => void;
}

export function RegionPanel({ base, detail, theme, onFocus }: RegionPanelProps) {
  const { t } = useTranslation();
  const labels = useOverviewLabels();
  const trail = breadcrumbOf(base, detail.code);
  const name = trail[trail.length - 1]?.name ?? detail.code;
  const figures = detail.figures;

  const legendRows = Math.ceil(detail.trend.length / 2);
  const trendOption = useMemo(() => {
    const days = detail.trend[0]?.counts.length ?? detail.period.to - detail.period.from + 1;
    return {
      ...baseOption(theme),
      // Two typologies a row under the chart: every name readable, none clipped.
      legend: {
        bottom: 0,
        left: 0,
        width: '100%',
        itemWidth: 10,
        itemHeight: 8,
        itemGap: 8,
        textStyle: { fontSize: 11, width: 170, overflow: 'truncate' },
      },
      grid: { left: 8, right: 8, top: 8, bottom: 12 + legendRows * 22, containLabel: true },
      xAxis: {
        type: 'category',
        data: Array.from({ length: days }, (_, index) =>
          labels.day(detail.period.from + index).slice(5),
        ),
      },
      yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { opacity: 0.4 } } },
      series: detail.trend.map((series) => ({
        name: t(`typology.${series.typology}`),
        type: 'bar',
        stack: 'alerts',
        data: series.counts,
        itemStyle: { color: TYPOLOGY_COLOURS[TYPOLOGIES.indexOf(series.typology)] },
      })),
    };
  }, [detail, theme, t, labels, legendRows]);

  const partyTable = (title: string, parties: RankedParty[], nameColumn: string) => (
    <section className="region-panel__section" aria-label={title}>
      <h3>{title}</h3>
      {parties.length === 0 ? (
        <p className="overview-note">{t('overview.panel.none')}</p>
      ) : (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{nameColumn}</th>
              <th scope="col" className="numeric">
                {t('overview.panel.openAlerts')}
              </th>
              <th scope="col" className="numeric">
                {t('overview.panel.turnover')}
              </th>
            </tr>
          </thead>
          <tbody>
            {parties.map((party) => (
              <tr key={party.id}>
                <td>{party.name}</td>
                <td className="numeric">{labels.number(party.openAlerts)}</td>
                <td className="numeric">{labels.compact(party.turnover)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );

  return (
    <section className="card region-panel" aria-label={t('overview.panel.label', { region: name })}>
      <header className="card__header region-panel__header">
        <MapPin aria-hidden="true" />
        <nav aria-label={t('overview.panel.breadcrumb')}>
          <ol className="breadcrumb">
            {trail.map((region, index) => (
              <li key={region.code}>
                {index > 0 && <ChevronRight aria-hidden="true" size={14} />}
                {index === trail.length - 1 ? (
                  <h2 aria-current="location">{region.name}</h2>
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onFocus(region.code)}
                  >
                    {region.name}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </nav>
      </header>
      <div className="card__body region-panel__body">
        <dl className="region-figures" aria-label={t('overview.panel.figures')}>
          <div>
            <dt>{t('overview.metric.openAlerts')}</dt>
            <dd data-figure="openAlerts">{labels.number(figures.openAlerts)}</dd>
          </div>
          <div>
            <dt>{t('overview.metric.accountsUnderAlert')}</dt>
            <dd data-figure="accountsUnderAlert">{labels.number(figures.accountsUnderAlert)}</dd>
          </div>
          <div>
            <dt>{t('overview.metric.alertScore')}</dt>
            <dd data-figure="alertScore">{figures.alertScore.toFixed(2)}</dd>
          </div>
          <div>
            <dt>{t('overview.panel.trades')}</dt>
            <dd data-figure="tradeCount">{labels.number(figures.tradeCount)}</dd>
          </div>
          <div>
            <dt>{t('overview.metric.turnover')}</dt>
            <dd data-figure="turnover">{labels.compact(figures.turnover)}</dd>
          </div>
        </dl>

        <ChartCard
          picture="region-trend"
          title={t('overview.panel.trend', { region: name })}
          fileName={`alert-trend-${detail.code}-${labels.day(detail.period.from)}-${labels.day(detail.period.to)}`}
          option={trendOption}
          theme={theme}
          height={170 + legendRows * 22}
          className="region-panel__chart"
        />

        <div className="region-panel__columns">
          {partyTable(t('overview.panel.brokers'), detail.brokers, t('overview.panel.broker'))}
          {partyTable(t('overview.panel.branches'), detail.branches, t('overview.panel.branch'))}
        </div>

        <section className="region-panel__section" aria-label={t('overview.panel.accounts')}>
          <h3>{t('overview.panel.accounts')}</h3>
          {detail.accounts.length === 0 ? (
            <p className="overview-note">{t('overview.panel.none')}</p>
          ) : (
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('overview.panel.account')}</th>
                  <th scope="col">{t('overview.panel.holder')}</th>
                  <th scope="col">{t('overview.panel.riskLevel')}</th>
                  <th scope="col" className="numeric">
                    {t('overview.panel.alerts')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('overview.panel.scoreSum')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {detail.accounts.map((account) => (
                  <tr key={account.id}>
                    <td className="mono">{account.id}</td>
                    <td>{account.holder}</td>
                    <td>{account.riskLevel}</td>
                    <td className="numeric">{labels.number(account.alerts)}</td>
                    <td className="numeric">{account.scoreSum.toFixed(2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section className="region-panel__section" aria-label={t('overview.panel.recent')}>
          <h3>{t('overview.panel.recent')}</h3>
          {detail.recentAlerts.length === 0 ? (
            <p className="overview-note">{t('overview.panel.none')}</p>
          ) : (
            <ul className="recent-alerts">
              {detail.recentAlerts.map((alert) => (
                <li key={alert.key}>
                  <Link
                    to={`${pagePath('alerts')}?alert=${encodeURIComponent(alert.key)}`}
                    aria-label={t('overview.panel.openAlert', {
                      id: alert.id,
                      typology: t(`typology.${alert.typology}`),
                    })}
                  >
                    <span className="recent-alerts__score">{alert.score.toFixed(2)}</span>
                    <span className="recent-alerts__typology">
                      {t(`typology.${alert.typology}`)}
                    </span>
                    <span className="recent-alerts__date">{alert.created.slice(0, 10)}</span>
                    <span className="recent-alerts__summary">{alert.summary}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>

        {base.metricNames.length > 0 && (
          <section className="region-panel__section" aria-label={t('overview.panel.metrics')}>
            <h3>{t('overview.panel.metrics')}</h3>
            <dl className="region-metrics">
              {base.metricNames.map((metric) => (
                <div key={metric}>
                  <dt>{labels.regionMetric(metric)}</dt>
                  <dd>{labels.compact(figures.metrics[metric] ?? 0)}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}
      </div>
    </section>
  );
}
