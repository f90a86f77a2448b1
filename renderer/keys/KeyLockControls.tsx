import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Lock, LockOpen } from 'lucide-react';
import { ChangePassphraseDialog } from './ChangePassphraseDialog';
import { lockKeys } from './identities';
import { UnlockKeysDialog } from './UnlockKeysDialog';
import './keys.css';

/** For passphrase-protected keys: whether this session has them open, and lock, unlock, change passphrase. */
export function KeyLockControls({ locked }: { locked: boolean }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'unlock' | 'change' | null>(null);
  const [changed, setChanged] = useState(false);
  const close = () => setDialog(null);
  return (
    <div className="key-lock" role="group" aria-label={t('keys.state')}>
      <span
        className={
          locked
            ? 'key-lock__state key-lock__state--locked'
            : 'key-lock__state key-lock__state--unlocked'
        }
      >
        {locked ? <Lock aria-hidden="true" size={14} /> : <LockOpen aria-hidden="true" size={14} />}
        {locked ? t('keys.locked') : t('keys.unlocked')}
      </span>
      {locked ? (
        <button type="button" className="button" onClick={() => setDialog('unlock')}>
          {t('keys.unlock')}
        </button>
      ) : (
        <button type="button" className="button" onClick={lockKeys}>
          {t('keys.lockNow')}
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          setChanged(false);
          setDialog('change');
        }}
      >
        {t('keys.changePassphrase.open')}
      </button>
      <span role="status" className="muted">
        {changed ? t('keys.changePassphrase.done') : ''}
      </span>
      <p className="muted key-lock__hint">
        {locked ? t('keys.lockedHint') : t('keys.unlockedHint')}
      </p>
      <UnlockKeysDialog open={dialog === 'unlock'} onClose={close} />
      <ChangePassphraseDialog
        open={dialog === 'change'}
        onClose={close}
        onChanged={() => {
          setChanged(true);
          close();
        }}
      />
    </div>
  );
}
