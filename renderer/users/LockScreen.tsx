import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Lock, UserRound } from 'lucide-react';
import { keyErrorMessage } from '../keys/keyErrorMessage';
import { TextField } from '../settings/TextField';
import { CreateUserForm } from './CreateUserForm';
import { signIn, useSession } from './session';
import { rememberUser, useUsers } from './useUsers';
import { checkPassphrase, passphraseNeeded, unlockWorkstation } from './workstationLock';
import './users.css';

/**
 * The lock screen: covers the workspace (the shell is not rendered behind it) and opens only
 * with the workstation passphrase, for a profile the user picks or creates.
 */
export function LockScreen() {
  const { locked } = useSession();
  if (!locked) return null;
  // Mounted only while locked, so a typed passphrase is dropped once the workstation opens.
  return <LockPanel />;
}

function LockPanel() {
  const { t } = useTranslation();
  const { userId } = useSession();
  const users = useUsers();
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const [needsPassphrase, setNeedsPassphrase] = useState<boolean | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void passphraseNeeded().then((needed) => {
      if (current) setNeedsPassphrase(needed);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [needsPassphrase, users?.length]);

  const missingPassphrase = needsPassphrase === true && passphrase === '';

  /** Runs `step` after the passphrase opened the keys; shows why when it did not. */
  const withPassphrase = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (failure) {
      setError(keyErrorMessage(t, failure));
      panel.current?.querySelector<HTMLInputElement>('input[type="password"]')?.select();
    } finally {
      setBusy(false);
    }
  };

  const unlockAs = (id: string) => {
    if (missingPassphrase) {
      setError(t('users.passphraseMissing'));
      return;
    }
    void withPassphrase(() => unlockWorkstation(id, passphrase));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const current = users?.find((user) => user.id === userId) ?? users?.[0];
    if (current) unlockAs(current.id);
  };

  /** A profile is created only once the passphrase is known to be right. */
  const authorizeNewProfile = async (): Promise<boolean> => {
    if (missingPassphrase) {
      setError(t('users.passphraseMissing'));
      return false;
    }
    let opened = false;
    await withPassphrase(async () => {
      await checkPassphrase(passphrase);
      opened = true;
    });
    return opened;
  };

  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <div className="lock-screen__panel" ref={panel}>
        <Lock aria-hidden="true" size={28} />
        <h2 id={titleId}>{t('users.lockTitle')}</h2>
        <p className="muted">{t('users.lockBody')}</p>
        {needsPassphrase === false && <p className="muted">{t('users.noPassphrase')}</p>}
        <form className="lock-screen__form" onSubmit={submit} noValidate>
          {needsPassphrase && (
            <TextField
              label={t('users.passphrase')}
              type="password"
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="current-password"
              error={error}
            />
          )}
          {needsPassphrase === false && error && (
            <p className="error-text" role="alert">
              {error}
            </p>
          )}
          {needsPassphrase !== null && users && users.length > 0 && (
            <ul className="lock-screen__users" aria-label={t('users.profiles')}>
              {users.map((user) => (
                <li key={user.id}>
                  <button
                    type="button"
                    className="button lock-screen__user"
                    aria-current={user.id === userId ? 'true' : undefined}
                    disabled={busy}
                    onClick={() => unlockAs(user.id)}
                  >
                    <UserRound aria-hidden="true" size={16} />
                    <span>{user.name}</span>
                    <span className="muted">{t(`users.roles.${user.role}`)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p role="status" className="muted lock-screen__status">
            {busy ? t('users.unlocking') : ''}
          </p>
        </form>
        {needsPassphrase !== null && (
          <details className="lock-screen__new" open={users?.length === 0}>
            <summary>{t('users.newProfile')}</summary>
            <CreateUserForm
              authorize={authorizeNewProfile}
              onCreated={(user) => signIn(rememberUser(user).id)}
            />
          </details>
        )}
      </div>
    </div>
  );
}
