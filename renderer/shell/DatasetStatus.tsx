import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Database, TriangleAlert } from 'lucide-react';
import { pagePath } from '../app/pagePath';
import { useNow } from '../app/useNow';
import { isNearRetention, isPastRetention, latestImport } from '../datasets/freshness';
import { useDatasets } from '../datasets/useDatasets';
import { useFormat } from '../i18n/useFormat';

/** The top bar's data freshness: the latest import and how old it is, linking to Datasets. */
export function DatasetStatus() {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const datasets = useDatasets();
  if (!datasets) return null;

  const latest = latestImport(datasets);
  if (!latest) {
    return (
      <Link className="dataset-status" to={pagePath('datasets')} data-state="none">
        <Database aria-hidden="true" size={14} />
        <span className="dataset-status__text">{t('status.noDataset')}</span>
      </Link>
    );
  }

  const pastRetention = datasets.filter((dataset) => isPastRetention(dataset, now)).length;
  const nearRetention = datasets.filter((dataset) => isNearRetention(dataset, now)).length;
  const warn = pastRetention + nearRetention > 0;
  const parts: string[] = [
    t('status.latest', { title: latest.title }),
    t('status.version', { version: latest.currentVersion }),
    t('status.importedAgo', { ago: format.relative(latest.importedAt, now) }),
  ];
  if (datasets.length > 1) parts.push(t('status.total', { count: datasets.length }));
  if (pastRetention > 0) parts.push(t('status.pastRetention', { count: pastRetention }));
  if (nearRetention > 0) parts.push(t('datasets.retention.topBar', { count: nearRetention }));
  return (
    <Link
      className="dataset-status"
      to={pagePath('datasets')}
      data-state={warn ? 'expired' : 'current'}
      title={parts.join(' · ')}
    >
      {warn ? (
        <TriangleAlert aria-hidden="true" size={14} />
      ) : (
        <Database aria-hidden="true" size={14} />
      )}
      <span className="dataset-status__text">{parts.join(' · ')}</span>
    </Link>
  );
}
