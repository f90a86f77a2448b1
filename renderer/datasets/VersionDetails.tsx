import { useTranslation } from 'react-i18next';
import type { IndexDataset } from '../../shared/package/schemas';
import type { SourceRecord } from '../db/records';
import { useFormat } from '../i18n/useFormat';
import { failureText } from './errorText';
import { useVersionDetails } from './useVersionDetails';

/** A button that reads the dataset's manifests, then the size and retention of each version. */
export function VersionDetails({
  source,
  dataset,
}: {
  source: SourceRecord;
  dataset: IndexDataset;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, load } = useVersionDetails(source, dataset);
  const title = dataset.title || dataset.id;
  if (state.status === 'idle') {
    return (
      <button
        type="button"
        className="button button--small"
        onClick={load}
        aria-label={t('datasets.catalog.showDetailsLabel', { dataset: title })}
      >
        {t('datasets.catalog.showDetails')}
      </button>
    );
  }
  if (state.status === 'loading') {
    return (
      <span className="muted" role="status">
        {t('datasets.catalog.detailsLoading')}
      </span>
    );
  }
  return (
    <ul className="version-details">
      {state.versions.map((detail) => (
        <li key={detail.version}>
          {detail.status === 'ready'
            ? t('datasets.catalog.versionDetails', {
                version: detail.version,
                size: format.bytes(detail.bytes),
                rows: format.number(detail.rows),
                expires: format.date(detail.expires),
              })
            : t('datasets.catalog.detailsFailed', {
                version: detail.version,
                message: failureText(t, detail.error),
              })}
        </li>
      ))}
    </ul>
  );
}
