import { useTranslation } from 'react-i18next';
import { daysUntil } from '../i18n/format';
import { useFormat } from '../i18n/useFormat';
import { isNearRetention } from './freshness';

/** The retention deadline, with the days left, a warning in its last week, or once it has passed. */
export function RetentionCell({ expires, now }: { expires: string; now: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = daysUntil(expires, now);
  return (
    <>
      {format.date(expires)}{' '}
      {days <= 0 ? (
        <span className="badge badge--warning">{t('freshness.expired')}</span>
      ) : isNearRetention({ expires }, now) ? (
        <span className="badge badge--warning">
          {t('datasets.retention.soon')} · {t('freshness.remaining', { count: days })}
        </span>
      ) : (
        <span className="muted nowrap">{t('freshness.remaining', { count: days })}</span>
      )}
    </>
  );
}
