import { useTranslation } from 'react-i18next';
import { BellOff, BellRing } from 'lucide-react';
import { NoDatasetState } from '../datasets/NoDatasetState';
import { useDatasets } from '../datasets/useDatasets';
import { useFormat } from '../i18n/useFormat';
import { Card } from '../shell/Card';
import { EmptyState } from '../shell/EmptyState';
import { Loading } from '../shell/Loading';
import { PageIntro } from '../shell/PageIntro';
import { useAlertCounts } from './useAlertCounts';

export function AlertsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const datasets = useDatasets();
  const counts = useAlertCounts();

  if (!datasets || !counts) return <Loading />;
  return (
    <>
      <PageIntro page="alerts" />
      {datasets.length === 0 ? (
        <NoDatasetState />
      ) : counts.total === 0 ? (
        <div className="card">
          <EmptyState icon={BellOff} title={t('alerts.emptyTitle')}>
            <p>{t('alerts.emptyBody')}</p>
          </EmptyState>
        </div>
      ) : (
        <Card
          title={t('alerts.countTitle')}
          icon={BellRing}
          flush
          footer={t('alerts.total', { count: counts.total })}
        >
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('alerts.typologyColumn')}</th>
                <th scope="col" className="numeric">
                  {t('alerts.countColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.byTypology.map(({ typology, count }) => (
                <tr key={typology}>
                  <td>{t(`typology.${typology}`)}</td>
                  <td className="numeric">{format.number(count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
