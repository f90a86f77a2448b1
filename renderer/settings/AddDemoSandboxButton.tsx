import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FlaskConical } from 'lucide-react';
import { addDemoSandbox } from '../firstRun/demoSandbox';
import { KeysLockedError } from '../keys/identities';
import { keyErrorMessage } from '../keys/keyErrorMessage';
import { UnlockKeysDialog } from '../keys/UnlockKeysDialog';
import { SourceError } from '../sources/sources';
import { sourceErrorMessage } from '../sources/sourceErrorMessage';

/** Adds the built-in demo sandbox later, for users who skipped it on first run. */
export function AddDemoSandboxButton() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      await addDemoSandbox({
        sourceTitle: t('firstRun.demoTitle'),
        identityLabel: t('keys.imported.demoLabel'),
      });
    } catch (failure) {
      if (failure instanceof KeysLockedError) setUnlocking(true);
      else if (failure instanceof SourceError) setError(sourceErrorMessage(t, failure));
      else setError(keyErrorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void add()}>
        <FlaskConical aria-hidden="true" size={14} />
        {t('sources.addDemo')}
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <UnlockKeysDialog
        open={unlocking}
        onClose={() => setUnlocking(false)}
        onUnlocked={() => {
          setUnlocking(false);
          void add();
        }}
      />
    </>
  );
}
