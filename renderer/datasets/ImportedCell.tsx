import { useTranslation } from 'react-i18next';
import { useNow } from '../app/useNow';
import { useFormat } from '../i18n/useFormat';
import type { ImportedDataset } from './useImportedDatasets';
import { totalRows } from './useImportedDatasets';

/** What this workstation holds of a catalog dataset: its version, when, how many rows; or its purge. */
export function ImportedCell({ imported }: { imported: ImportedDataset | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const record = imported?.record;
  if (record) {
    return (
      <span>
        {t('datasets.catalog.importedVersion', {
          version: record.currentVersion,
          when: format.relative(record.importedAt, now),
          rows: format.number(totalRows(record)),
        })}
      </span>
    );
  }
  const purgedAt = imported?.versions.map((version) => version.purgedAt).find((at) => at);
  if (purgedAt) {
    return (
      <span className="badge badge--warning">
        {t('datasets.catalog.purged', { date: format.date(purgedAt) })}
      </span>
    );
  }
  return <span className="muted">{t('datasets.catalog.notImported')}</span>;
}
