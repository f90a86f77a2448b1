import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Trash2 } from 'lucide-react';
import type { SourceRecord } from '../db/records';
import { useFormat } from '../i18n/useFormat';
import { ConfirmRemovalDialog } from '../settings/ConfirmRemovalDialog';
import { FingerprintBlock } from './FingerprintBlock';
import { sourceErrorMessage } from './sourceErrorMessage';
import { removeSource } from './sources';
import { useSourceLocationText } from './useSourceLocationText';
import './sources.css';

/** The sources with their pinned fingerprints in full, each removable after a confirmation. */
export function SourceList({ sources }: { sources: SourceRecord[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useSourceLocationText(sources);
  const [removing, setRemoving] = useState<SourceRecord | null>(null);

  return (
    <>
      <table className="table source-list">
        <thead>
          <tr>
            <th scope="col">{t('sources.columns.name')}</th>
            <th scope="col">{t('sources.columns.kind')}</th>
            <th scope="col">{t('sources.columns.location')}</th>
            <th scope="col">{t('sources.columns.publisher')}</th>
            <th scope="col">{t('sources.columns.added')}</th>
            <th scope="col" className="source-list__actions">
              {t('sources.columns.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id}>
              <td>{source.title}</td>
              <td className="nowrap">{t(`sources.kind.${source.kind}`)}</td>
              <td
                className={
                  source.kind === 'http'
                    ? 'source-list__location code-text'
                    : 'source-list__location'
                }
              >
                {location(source)}
              </td>
              <td>
                <FingerprintBlock
                  fingerprint={source.fingerprint}
                  label={t('sources.columns.publisher')}
                  compact
                />
              </td>
              <td className="nowrap">{format.dateTime(source.addedAt)}</td>
              <td className="source-list__actions">
                <button
                  type="button"
                  className="button"
                  aria-label={t('sources.removeNamed', { title: source.title })}
                  onClick={() => setRemoving(source)}
                >
                  <Trash2 aria-hidden="true" size={14} />
                  {t('sources.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmRemovalDialog
        open={removing !== null}
        title={t('sources.removeDialog.title')}
        body={t('sources.removeDialog.body', { title: removing?.title ?? '' })}
        confirmLabel={t('sources.removeDialog.confirm')}
        cancelLabel={t('sources.removeDialog.cancel')}
        onConfirm={() => (removing ? removeSource(removing.id) : Promise.resolve())}
        describeError={(error) => sourceErrorMessage(t, error)}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
