import { useTranslation } from 'react-i18next';
import { HardDrive } from 'lucide-react';
import { useFormat } from '../i18n/useFormat';
import { Card } from '../shell/Card';
import { Loading } from '../shell/Loading';
import { settingsHeadingId } from './sections';
import { useStorageStatus } from './useStorageStatus';

/** IndexedDB use against the quota, and whether the data is safe from eviction. */
export function StorageSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { status, requestDenied, requestPersistence } = useStorageStatus();
  return (
    <Card
      title={t('settings.storage.title')}
      icon={HardDrive}
      headingId={settingsHeadingId('storage')}
    >
      {!status ? (
        <Loading />
      ) : (
        <div className="settings-text">
          {status.usage !== null && status.quota ? (
            <div className="storage-usage">
              <p>
                {t('settings.storage.usage', {
                  used: format.bytes(status.usage),
                  quota: format.bytes(status.quota),
                })}
              </p>
              <meter
                className="storage-usage__meter"
                aria-label={t('settings.storage.usageLabel')}
                min={0}
                max={status.quota}
                value={status.usage}
                high={status.quota * 0.8}
              />
            </div>
          ) : (
            <p className="muted">{t('settings.storage.unavailable')}</p>
          )}
          {status.persisted !== null && (
            <dl className="definition-list">
              <dt>{t('settings.storage.persistence')}</dt>
              <dd>
                {status.persisted
                  ? t('settings.storage.persisted')
                  : t('settings.storage.notPersisted')}
              </dd>
            </dl>
          )}
          {status.persisted === false && (
            <div className="settings-form__row">
              <button type="button" className="button" onClick={() => void requestPersistence()}>
                {t('settings.storage.requestPersistence')}
              </button>
              <span role="status" className="muted">
                {requestDenied ? t('settings.storage.requestDenied') : ''}
              </span>
            </div>
          )}
        </div>
      )}
    </Card>
  );
}
