import { useTranslation } from 'react-i18next';
import { useNow } from '../app/useNow';
import type { DatasetRecord } from '../db/records';
import { useFormat } from '../i18n/useFormat';
import { RetentionCell } from './RetentionCell';
import { totalRows } from './useImportedDatasets';

/** Imported datasets with their version and freshness: when imported, how long they may be kept. */
export function DatasetsTable({ datasets }: { datasets: DatasetRecord[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('datasets.columns.title')}</th>
          <th scope="col">{t('datasets.columns.id')}</th>
          <th scope="col" className="numeric">
            {t('datasets.columns.version')}
          </th>
          <th scope="col">{t('datasets.columns.kind')}</th>
          <th scope="col" className="numeric">
            {t('datasets.rowsColumn')}
          </th>
          <th scope="col">{t('datasets.columns.imported')}</th>
          <th scope="col">{t('datasets.columns.expires')}</th>
        </tr>
      </thead>
      <tbody>
        {datasets.map((dataset) => (
          <tr key={dataset.id}>
            <td>{dataset.title}</td>
            <td className="mono">{dataset.id}</td>
            <td className="numeric">{format.number(dataset.currentVersion)}</td>
            <td>{t(`datasets.kind.${dataset.kind}`)}</td>
            <td className="numeric">{format.number(totalRows(dataset))}</td>
            <td>
              {format.dateTime(dataset.importedAt)}{' '}
              <span className="muted nowrap">{format.relative(dataset.importedAt, now)}</span>
            </td>
            <td>
              <RetentionCell expires={dataset.expires} now={now} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
