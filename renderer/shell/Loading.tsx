import { useTranslation } from 'react-i18next';

/** Shown for the moment a live query has not answered yet. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}
