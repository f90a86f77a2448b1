import { useTranslation } from 'react-i18next';
import type { SourceRecord } from '../db/records';
import { useFormat } from '../i18n/useFormat';
import { useSourceLocationText } from '../sources/useSourceLocationText';

/** Fingerprints are 64 hex digits; groups of four read back more easily. */
function groupedFingerprint(fingerprint: string): string {
  return fingerprint.match(/.{1,4}/g)?.join(' ') ?? fingerprint;
}

export function SourcesTable({ sources }: { sources: SourceRecord[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useSourceLocationText(sources);
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('sources.columns.name')}</th>
          <th scope="col">{t('sources.columns.location')}</th>
          <th scope="col">{t('sources.columns.publisher')}</th>
          <th scope="col">{t('sources.columns.added')}</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((source) => (
          <tr key={source.id}>
            <td>{source.title}</td>
            <td className="mono">{location(source)}</td>
            <td className="mono" title={source.fingerprint}>
              {groupedFingerprint(source.fingerprint.slice(0, 16))}…
            </td>
            <td>{format.dateTime(source.addedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
