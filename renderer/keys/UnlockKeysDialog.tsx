import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../shell/ModalDialog';
import { TextField } from '../settings/TextField';
import { unlockKeys } from './identities';
import { keyErrorMessage } from './keyErrorMessage';

interface UnlockKeysDialogProps {
  open: boolean;
  onClose: () => void;
  /** Called after the keys opened, e.g. to carry on with the pull that needed them. */
  onUnlocked?: () => void;
}

/** Asks for the passphrase that wraps the workstation's keys; the passphrase is never kept. */
export function UnlockKeysDialog({ open, onClose, onUnlocked }: UnlockKeysDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog open={open} title={t('keys.unlockDialog.title')} onClose={onClose}>
      {/* Mounted only while open, so the typed passphrase is dropped when the dialog closes. */}
      {open && <UnlockForm onCancel={onClose} onUnlocked={onUnlocked ?? onClose} />}
    </ModalDialog>
  );
}

function UnlockForm({ onCancel, onUnlocked }: { onCancel: () => void; onUnlocked: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unlockKeys(passphrase);
      setPassphrase('');
      onUnlocked();
    } catch (failure) {
      setError(keyErrorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('keys.unlockDialog.explanation')}</p>
      <TextField
        label={t('keys.unlockDialog.passphrase')}
        type="password"
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="current-password"
        error={error}
        autoFocus
      />
      <div className="form-actions">
        <span role="status" className="muted form-actions__status">
          {busy ? t('keys.unlockDialog.unlocking') : ''}
        </span>
        <button type="button" className="button" onClick={onCancel}>
          {t('keys.unlockDialog.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || passphrase === ''}
        >
          {t('keys.unlockDialog.submit')}
        </button>
      </div>
    </form>
  );
}
