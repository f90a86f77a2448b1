import { useTranslation } from 'react-i18next';
import type { PackageRefusalData } from '../../shared/package/refusal';

/** A refused package: what, where (dataset, version, table, line, column), why, and the English detail. */
export function RefusalMessage({
  refusal,
  datasetTitle,
}: {
  refusal: PackageRefusalData;
  datasetTitle: string;
}) {
  const { t } = useTranslation();
  const title =
    refusal.dataset === null
      ? t('import.refusal.titleCatalog')
      : refusal.version === null
        ? t('import.refusal.titleNoVersion', { dataset: datasetTitle })
        : t('import.refusal.title', { dataset: datasetTitle, version: refusal.version });
  const place: string[] = [];
  if (refusal.table !== undefined) place.push(t('import.refusal.table', { table: refusal.table }));
  if (refusal.line !== undefined) place.push(t('import.refusal.line', { line: refusal.line }));
  if (refusal.column !== undefined)
    place.push(t('import.refusal.column', { column: refusal.column }));
  return (
    <div className="refusal" role="alert" data-reason={refusal.reason}>
      <p className="refusal__title">{title}</p>
      <p>{t(`import.refusal.reasons.${refusal.reason}`)}</p>
      {place.length > 0 && <p className="refusal__place">{place.join(' · ')}</p>}
      <p className="muted">{t('import.refusal.unchanged')}</p>
      <details>
        <summary>{t('import.refusal.detail')}</summary>
        <p className="mono refusal__detail" lang="en">
          {refusal.message}
        </p>
      </details>
    </div>
  );
}
