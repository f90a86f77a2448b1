import { useTranslation } from 'react-i18next';
import { KeyRound } from 'lucide-react';
import { ImportedIdentities } from '../keys/ImportedIdentities';
import { KeyLockControls } from '../keys/KeyLockControls';
import { keysLocked, useSessionUnlocked, useWorkstationKeys } from '../keys/useKeys';
import { WorkstationIdentityDetails } from '../keys/WorkstationIdentityDetails';
import { Card } from '../shell/Card';
import { Loading } from '../shell/Loading';
import { settingsHeadingId } from './sections';
import { useKeystoreInfo } from './useKeystoreInfo';

/** How keys are protected, the workstation's public keys, and the identities the bureau issued. */
export function KeysSection() {
  const { t } = useTranslation();
  const keystore = useKeystoreInfo();
  const keys = useWorkstationKeys();
  const sessionUnlocked = useSessionUnlocked();
  const protection =
    keys?.identity?.protection ?? (keystore.status === 'ready' ? keystore.info.protection : null);
  const locked = keys ? keysLocked(keys, sessionUnlocked) : false;
  return (
    <Card title={t('settings.keys.title')} icon={KeyRound} headingId={settingsHeadingId('keys')}>
      {keystore.status === 'loading' || keys === undefined ? (
        <Loading />
      ) : (
        <div className="key-details">
          {keystore.status === 'failed' ? (
            <p className="error-text" role="alert">
              {t('settings.keys.failed', { message: keystore.message })}
            </p>
          ) : (
            <div className="key-details__item">
              <dl className="definition-list">
                <dt>{t('settings.keys.protection')}</dt>
                <dd>{protection && t(`settings.keys.${protection}`)}</dd>
                <dt>{t('settings.keys.backend')}</dt>
                <dd className="code-text">{keystore.info.backend}</dd>
              </dl>
              <p className="muted">
                {protection === 'os'
                  ? t('settings.keys.osExplanation')
                  : t('settings.keys.passphraseExplanation')}
              </p>
              {protection === 'passphrase' && keys.identity && <KeyLockControls locked={locked} />}
            </div>
          )}
          {keys.identity ? (
            <>
              <hr className="key-section-divider" />
              <WorkstationIdentityDetails identity={keys.identity} signing={keys.signing} />
              <hr className="key-section-divider" />
              <ImportedIdentities identities={keys.imported} locked={locked} />
            </>
          ) : (
            <p>{t('keys.errors.no-workstation-keys')}</p>
          )}
        </div>
      )}
    </Card>
  );
}
