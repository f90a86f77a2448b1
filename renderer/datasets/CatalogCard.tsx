import { useTranslation } from 'react-i18next';
import { BookOpen, RefreshCw } from 'lucide-react';
import { CatalogRollbackError } from '../../shared/package/catalogFreshness';
import { isPackageRefusal } from '../../shared/package/refusal';
import { useNow } from '../app/useNow';
import type { SourceRecord } from '../db/records';
import { useFormat } from '../i18n/useFormat';
import { Card } from '../shell/Card';
import { Loading } from '../shell/Loading';
import { CatalogRow } from './CatalogRow';
import { failureText } from './errorText';
import { isCatalogExpired } from './freshness';
import { pullKey } from './pullManager';
import type { PullEntry } from './pullManager';
import { RefusalMessage } from './RefusalMessage';
import { StaleCatalogMessage } from './StaleCatalogMessage';
import { useCatalog } from './useCatalog';
import type { ImportedDataset } from './useImportedDatasets';

interface CatalogCardProps {
  source: SourceRecord;
  imported: ReadonlyMap<string, ImportedDataset>;
  pulls: readonly PullEntry[];
}

/** One source's verified catalog: its datasets and versions, what is imported, and Pull. */
export function CatalogCard({ source, imported, pulls }: CatalogCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, reload } = useCatalog(source);
  const now = useNow();
  const reloadButton = (
    <button
      type="button"
      className="button button--small"
      onClick={reload}
      aria-label={t('datasets.catalog.reloadLabel', { source: source.title })}
    >
      <RefreshCw aria-hidden="true" size={14} />
      {t('datasets.catalog.reload')}
    </button>
  );
  const index = state.status === 'ready' ? state.catalog.index : null;
  const footer = index ? (
    <div className="catalog-footer">
      <span>
        {[
          t('datasets.catalog.publisher', { publisher: index.publisher }),
          t('datasets.catalog.generated', { when: format.dateTime(index.generated) }),
          ...(index.expires
            ? [t('datasets.catalog.validUntil', { when: format.dateTime(index.expires) })]
            : []),
        ].join(' · ')}
      </span>
      {reloadButton}
    </div>
  ) : undefined;

  return (
    <Card
      title={t('datasets.catalog.title', { source: source.title })}
      icon={BookOpen}
      flush={index !== null && index.datasets.length > 0}
      footer={footer}
    >
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && (
        <div className="catalog-error">
          {state.error instanceof CatalogRollbackError ? (
            <StaleCatalogMessage
              source={source}
              seen={state.error.seen}
              served={state.error.served}
            />
          ) : isPackageRefusal(state.error) ? (
            <RefusalMessage
              refusal={state.error.toData()}
              datasetTitle={state.error.dataset ?? ''}
            />
          ) : (
            <div role="alert">
              <p className="refusal__title">{t('datasets.catalog.errorTitle')}</p>
              <p>{failureText(t, state.error)}</p>
            </div>
          )}
          {reloadButton}
        </div>
      )}
      {index && isCatalogExpired(index, now) && (
        <p className="catalog-stale" role="alert">
          {t('datasets.catalog.expired', { when: format.dateTime(index.expires ?? '') })}
        </p>
      )}
      {index && index.datasets.length === 0 && (
        <p className="muted">{t('datasets.catalog.empty')}</p>
      )}
      {index && index.datasets.length > 0 && (
        <table className="table catalog-table">
          <thead>
            <tr>
              <th scope="col">{t('datasets.catalog.columns.dataset')}</th>
              <th scope="col">{t('datasets.catalog.columns.versions')}</th>
              <th scope="col">{t('datasets.catalog.columns.imported')}</th>
              <th scope="col">{t('datasets.catalog.columns.details')}</th>
              <th scope="col">{t('datasets.catalog.columns.action')}</th>
            </tr>
          </thead>
          <tbody>
            {index.datasets.map((dataset) => (
              <CatalogRow
                key={dataset.id}
                source={source}
                dataset={dataset}
                imported={imported.get(dataset.id)}
                pull={pulls.find((pull) => pull.key === pullKey(source.id, dataset.id))}
              />
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
