import { useTranslation } from 'react-i18next';
import { daysUntil } from '../i18n/format';
import { useFormat } from '../i18n/useFormat';

/** The retention deadline, with the days left or a warning once it has passed. */
export function RetentionCell({ expires, now }: { expires: string; now: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = daysUntil(expires, now);
  return (
    <>
      {format.date(expires)}{' '}
      {days <= 0 ? (
        <span className="badge badge--warning">{t('freshness.expired')}</span>
      ) : (
        <span className="muted nowrap">{t('freshness.remaining', { count: days })}</span>
      )}
    </>
  );
}
