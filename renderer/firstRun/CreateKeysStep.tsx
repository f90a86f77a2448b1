import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyRound } from 'lucide-react';
import { ensureWorkstationKeys } from '../keys/identities';
import { keyErrorMessage } from '../keys/keyErrorMessage';
import { NewPassphraseFields, type NewPassphrase } from '../keys/NewPassphraseFields';
import { checkNewPassphrase, type NewPassphraseProblem } from '../keys/passphrasePolicy';
import { Loading } from '../shell/Loading';
import { useKeystoreInfo } from '../settings/useKeystoreInfo';
import '../settings/forms.css';

interface CreateKeysStepProps {
  onStarted: () => void;
  onCreated: () => void;
}

/** Explains the workstation's identity and creates its keys: sealed by the OS, or under a passphrase set here. */
export function CreateKeysStep({ onStarted, onCreated }: CreateKeysStepProps) {
  const { t } = useTranslation();
  const keystore = useKeystoreInfo();
  const [passphrase, setPassphrase] = useState<NewPassphrase>({ passphrase: '', confirmation: '' });
  const [problem, setProblem] = useState<NewPassphraseProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (keystore.status === 'loading') return <Loading />;
  if (keystore.status === 'failed')
    return (
      <p className="error-text" role="alert">
        {t('settings.keys.failed', { message: keystore.message })}
      </p>
    );
  const needsPassphrase = keystore.info.protection === 'passphrase';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (needsPassphrase) {
      const found = checkNewPassphrase(passphrase.passphrase, passphrase.confirmation);
      setProblem(found);
      if (found) return;
    }
    setBusy(true);
    onStarted();
    try {
      await ensureWorkstationKeys(needsPassphrase ? passphrase.passphrase : undefined);
      setPassphrase({ passphrase: '', confirmation: '' });
      onCreated();
    } catch (failure) {
      setError(keyErrorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('firstRun.identityExplanation')}</p>
      <p className="first-run__note">
        {needsPassphrase
          ? t('firstRun.protectionPassphrase')
          : t('firstRun.protectionOs', { backend: keystore.info.backend })}
      </p>
      {needsPassphrase && (
        <NewPassphraseFields
          value={passphrase}
          onChange={setPassphrase}
          problem={problem}
          autoFocus
        />
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="first-run__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          <KeyRound aria-hidden="true" size={14} />
          {t('firstRun.create')}
        </button>
        <span role="status" className="muted">
          {busy ? t('firstRun.creating') : ''}
        </span>
      </div>
    </form>
  );
}
