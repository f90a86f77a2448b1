import { useTranslation } from 'react-i18next';
import { Waypoints } from 'lucide-react';
import { DatasetsTable } from '../datasets/DatasetsTable';
import { NoDatasetState } from '../datasets/NoDatasetState';
import { useDatasets } from '../datasets/useDatasets';
import { useFormat } from '../i18n/useFormat';
import { Card } from '../shell/Card';
import { Loading } from '../shell/Loading';
import { PageIntro } from '../shell/PageIntro';
import { StatList } from '../shell/StatList';
import { useGraphInputCounts } from './useGraphInputCounts';

export function GraphPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const datasets = useDatasets();
  const counts = useGraphInputCounts();

  if (!datasets || !counts) return <Loading />;
  if (datasets.length === 0) {
    return (
      <>
        <PageIntro page="graph" />
        <NoDatasetState />
      </>
    );
  }
  return (
    <>
      <PageIntro page="graph" />
      <StatList
        label={t('graph.statsLabel')}
        stats={[
          { label: t('graph.accounts'), value: format.number(counts.accounts) },
          { label: t('graph.identifiers'), value: format.number(counts.identifiers) },
          { label: t('graph.transfers'), value: format.number(counts.transfers) },
        ]}
      />
      <Card
        title={t('graph.sourceTitle')}
        icon={Waypoints}
        flush
        footer={t('graph.available', { count: datasets.length })}
      >
        <p className="card__note">{t('graph.explanation')}</p>
        <DatasetsTable datasets={datasets} />
      </Card>
    </>
  );
}
