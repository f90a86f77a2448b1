import { useTranslation } from 'react-i18next';
import type { ProvenanceRecord } from '../../../shared/reports/provenance';
import { ModalDialog } from '../../shell/ModalDialog';

interface ProvenanceDialogProps {
  record: ProvenanceRecord | null;
  /** The id the text carried when no record of it is left (a stale copy). */
  missingId: string | null;
  onClose: () => void;
}

/** What a generated figure or sentence was computed from: the query and the rows behind it. */
export function ProvenanceDialog({ record, missingId, onClose }: ProvenanceDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      open={record !== null || missingId !== null}
      title={t('reports.provenance.title')}
      onClose={onClose}
    >
      {record ? (
        <div className="provenance-details" data-testid="provenance-details">
          <dl className="definition-list">
            <dt>{t('reports.provenance.value')}</dt>
            <dd>{record.value}</dd>
            <dt>{t('reports.provenance.table')}</dt>
            <dd className="mono">{record.query.table}</dd>
            <dt>{t('reports.provenance.query')}</dt>
            <dd className="mono provenance-query">{record.query.description}</dd>
            <dt>{t('reports.provenance.sources')}</dt>
            <dd className="mono">{record.sources.join('; ')}</dd>
            <dt>{t('reports.provenance.rowCount')}</dt>
            <dd>{t('reports.provenance.rows', { count: record.rowCount })}</dd>
          </dl>
          <div className="provenance-rows">
            <table className="table">
              <thead>
                <tr>
                  {record.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {record.rows.map((row, index) => (
                  <tr key={index}>
                    {row.map((cell, column) => (
                      <td key={column} className="mono">
                        {cell === null ? '—' : String(cell)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {record.rows.length < record.rowCount && (
            <p className="muted">
              {t('reports.provenance.truncated', {
                shown: record.rows.length,
                count: record.rowCount,
              })}
            </p>
          )}
        </div>
      ) : (
        <p>{t('reports.provenance.missing', { id: missingId ?? '' })}</p>
      )}
    </ModalDialog>
  );
}
