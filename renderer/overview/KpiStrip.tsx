import { useTranslation } from 'react-i18next';
import type { OverviewKpis } from '../../shared/analytics/overview/aggregate';
import { useNow } from '../app/useNow';
import { latestImport } from '../datasets/freshness';
import type { DatasetRecord } from '../db/records';
import { useFormat } from '../i18n/useFormat';
import { StatList } from '../shell/StatList';

const DAY_MS = 86_400_000;

/** The figures an examiner looks at first, for the period; datasets with their freshness. */
export function KpiStrip({
  kpis,
  datasets,
}: {
  kpis: OverviewKpis;
  datasets: readonly DatasetRecord[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const latest = latestImport(datasets);
  const soonest = Math.min(...datasets.map((dataset) => Date.parse(dataset.expires)));
  return (
    <StatList
      label={t('overview.kpi.label')}
      stats={[
        { label: t('overview.kpi.openAlerts'), value: format.number(kpis.openAlerts) },
        { label: t('overview.kpi.newToday'), value: format.number(kpis.newToday) },
        { label: t('overview.kpi.underReview'), value: format.number(kpis.underReview) },
        { label: t('overview.kpi.escalated'), value: format.number(kpis.escalated) },
        {
          label: t('overview.kpi.accountsUnderAlert'),
          value: format.number(kpis.accountsUnderAlert),
        },
        {
          label: t('overview.kpi.datasets', { count: datasets.length }),
          value: latest
            ? t('overview.kpi.freshness', {
                ago: format.relative(latest.importedAt, now),
                days: Math.max(0, Math.floor((soonest - now) / DAY_MS)),
              })
            : t('common.notAvailable'),
          textual: true,
        },
      ]}
    />
  );
}
