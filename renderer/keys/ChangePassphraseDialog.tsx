import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../settings/TextField';
import { ModalDialog } from '../shell/ModalDialog';
import { changePassphrase } from './identities';
import { keyErrorMessage } from './keyErrorMessage';
import { NewPassphraseFields, type NewPassphrase } from './NewPassphraseFields';
import { checkNewPassphrase, type NewPassphraseProblem } from './passphrasePolicy';

interface ChangePassphraseDialogProps {
  open: boolean;
  onClose: () => void;
  onChanged: () => void;
}

/** Re-wraps every key under a new passphrase; the current one proves the user may. */
export function ChangePassphraseDialog({ open, onClose, onChanged }: ChangePassphraseDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog open={open} title={t('keys.changePassphrase.title')} onClose={onClose}>
      {open && <ChangePassphraseForm onCancel={onClose} onChanged={onChanged} />}
    </ModalDialog>
  );
}

function ChangePassphraseForm({
  onCancel,
  onChanged,
}: {
  onCancel: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassphrase>({ passphrase: '', confirmation: '' });
  const [problem, setProblem] = useState<NewPassphraseProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkNewPassphrase(next.passphrase, next.confirmation);
    setProblem(found);
    setError(null);
    if (found) return;
    setBusy(true);
    try {
      await changePassphrase(current, next.passphrase);
      onChanged();
    } catch (failure) {
      setError(keyErrorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('keys.changePassphrase.current')}
        type="password"
        value={current}
        onChange={setCurrent}
        autoComplete="current-password"
        error={error}
        autoFocus
        required
      />
      <NewPassphraseFields value={next} onChange={setNext} problem={problem} />
      <div className="form-actions">
        <span role="status" className="muted form-actions__status">
          {busy ? t('keys.changePassphrase.changing') : ''}
        </span>
        <button type="button" className="button" onClick={onCancel}>
          {t('keys.changePassphrase.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy || current === ''}>
          {t('keys.changePassphrase.submit')}
        </button>
      </div>
    </form>
  );
}
