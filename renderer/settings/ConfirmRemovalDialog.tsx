import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../shell/ModalDialog';
import './forms.css';

interface ConfirmRemovalDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Does the removal; a rejection's message is shown in the dialog, which stays open. */
  onConfirm: () => Promise<void>;
  describeError: (error: unknown) => string;
  onClose: () => void;
}

/** Asks before something is removed, and says why it could not be when it fails. */
export function ConfirmRemovalDialog({
  open,
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  describeError,
  onClose,
}: ConfirmRemovalDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      close();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ModalDialog open={open} title={title} onClose={close}>
      <p>{body}</p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <span role="status" className="muted form-actions__status">
          {busy ? t('common.loading') : ''}
        </span>
        <button type="button" className="button" onClick={close}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => void confirm()}
        >
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
