import { useTranslation } from 'react-i18next';
import { Clock } from 'lucide-react';
import { useNow } from '../app/useNow';
import { DatasetsTable } from '../datasets/DatasetsTable';
import { latestImport } from '../datasets/freshness';
import { NoDatasetState } from '../datasets/NoDatasetState';
import { useDatasets } from '../datasets/useDatasets';
import { useFormat } from '../i18n/useFormat';
import { Card } from '../shell/Card';
import { Loading } from '../shell/Loading';
import { PageIntro } from '../shell/PageIntro';
import { StatList } from '../shell/StatList';
import { useWorkCounts } from './useWorkCounts';

export function OverviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const datasets = useDatasets();
  const counts = useWorkCounts();

  if (!datasets || !counts) return <Loading />;
  if (datasets.length === 0) {
    return (
      <>
        <PageIntro page="overview" />
        <NoDatasetState />
      </>
    );
  }
  const latest = latestImport(datasets);
  return (
    <>
      <PageIntro page="overview" />
      <StatList
        label={t('overview.statsLabel')}
        stats={[
          { label: t('overview.datasets'), value: format.number(datasets.length) },
          {
            label: t('overview.lastImport'),
            value: latest ? format.relative(latest.importedAt, now) : t('common.notAvailable'),
            textual: true,
          },
          { label: t('overview.alerts'), value: format.number(counts.alerts) },
          { label: t('overview.cases'), value: format.number(counts.cases) },
          { label: t('overview.reports'), value: format.number(counts.reports) },
        ]}
      />
      <Card title={t('freshness.title')} icon={Clock} flush>
        <DatasetsTable datasets={datasets} />
      </Card>
    </>
  );
}
