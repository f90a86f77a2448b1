import { useTranslation } from 'react-i18next';
import type { SourceRecord } from '../db/records';
import { useFormat } from '../i18n/useFormat';

interface StaleCatalogMessageProps {
  source: Pick<SourceRecord, 'title' | 'kind'>;
  /** `generated` of the newest catalog read from the source before. */
  seen: string;
  /** `generated` of the catalog served now. */
  served: string;
}

/** A catalog older than one already read from its source: refused, with what to do next. */
export function StaleCatalogMessage({ source, seen, served }: StaleCatalogMessageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const times = {
    source: source.title,
    seen: format.dateTime(seen),
    served: format.dateTime(served),
  };
  return (
    <div className="refusal" role="alert" data-reason="stale-catalog">
      <p className="refusal__title">{t('datasets.staleCatalog.title')}</p>
      <p>{t('datasets.staleCatalog.body', times)}</p>
      {/* A folder is most often an older copy carried on removable media. */}
      <p>
        {source.kind === 'folder'
          ? t('datasets.staleCatalog.whatToDoFolder', times)
          : t('datasets.staleCatalog.whatToDoServer', times)}
      </p>
    </div>
  );
}
