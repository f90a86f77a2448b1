import { useTranslation } from 'react-i18next';
import { KeyRound } from 'lucide-react';
import { Card } from '../shell/Card';
import { Loading } from '../shell/Loading';
import { settingsHeadingId } from './sections';
import { useKeystoreInfo } from './useKeystoreInfo';

/** Whether keys are sealed by the OS keystore or wrapped with a passphrase, and by what. */
export function KeysSection() {
  const { t } = useTranslation();
  const keystore = useKeystoreInfo();
  return (
    <Card title={t('settings.keys.title')} icon={KeyRound} headingId={settingsHeadingId('keys')}>
      {keystore.status === 'loading' && <Loading />}
      {keystore.status === 'failed' && (
        <p className="error-text" role="alert">
          {t('settings.keys.failed', { message: keystore.message })}
        </p>
      )}
      {keystore.status === 'ready' && (
        <div className="settings-text">
          <dl className="definition-list">
            <dt>{t('settings.keys.protection')}</dt>
            <dd>{t(`settings.keys.${keystore.info.protection}`)}</dd>
            <dt>{t('settings.keys.backend')}</dt>
            <dd className="mono">{keystore.info.backend}</dd>
          </dl>
          <p className="muted">
            {keystore.info.protection === 'os'
              ? t('settings.keys.osExplanation')
              : t('settings.keys.passphraseExplanation')}
          </p>
        </div>
      )}
    </Card>
  );
}
