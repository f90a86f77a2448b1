import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../settings/TextField';
import { ModalDialog } from '../shell/ModalDialog';
import { importIdentity, KeyringError } from './identities';
import { keyErrorMessage } from './keyErrorMessage';

interface ImportIdentityDialogProps {
  open: boolean;
  onClose: () => void;
  /** The keys are locked: the caller unlocks them, then the user imports again. */
  onLocked: () => void;
}

/** Takes an identity the bureau issued; the secret is validated, stored protected and not shown again. */
export function ImportIdentityDialog({ open, onClose, onLocked }: ImportIdentityDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog open={open} title={t('keys.importDialog.title')} onClose={onClose}>
      {/* Mounted only while open, so the pasted secret is dropped with the form. */}
      {open && <ImportIdentityForm onDone={onClose} onLocked={onLocked} />}
    </ModalDialog>
  );
}

type FieldErrors = { label: string | null; secret: string | null };

function ImportIdentityForm({ onDone, onLocked }: { onDone: () => void; onLocked: () => void }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [secret, setSecret] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({ label: null, secret: null });
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    try {
      await importIdentity(secret, label);
      setSecret('');
      onDone();
    } catch (failure) {
      if (failure instanceof KeyringError && failure.code === 'locked') {
        onLocked();
        return;
      }
      const message = keyErrorMessage(t, failure);
      const aboutLabel = failure instanceof KeyringError && failure.code === 'label-required';
      setErrors({ label: aboutLabel ? message : null, secret: aboutLabel ? null : message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('keys.importDialog.label')}
        value={label}
        onChange={setLabel}
        hint={t('keys.importDialog.labelHint')}
        error={errors.label}
        autoFocus
        required
      />
      {/* A password field: the secret is pasted, never displayed, and kept out of autofill. */}
      <TextField
        label={t('keys.importDialog.secret')}
        type="password"
        value={secret}
        onChange={setSecret}
        code
        autoComplete="off"
        hint={t('keys.importDialog.secretHint')}
        error={errors.secret}
        required
      />
      <div className="form-actions">
        <span role="status" className="muted form-actions__status">
          {busy ? t('keys.importDialog.importing') : ''}
        </span>
        <button type="button" className="button" onClick={onDone}>
          {t('keys.importDialog.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy || secret === ''}>
          {t('keys.importDialog.submit')}
        </button>
      </div>
    </form>
  );
}
