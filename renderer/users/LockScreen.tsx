import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Lock, UserRound } from 'lucide-react';
import { CreateUserForm } from './CreateUserForm';
import { signIn, useSession } from './session';
import { useUsers } from './useUsers';
import './users.css';

/**
 * The lock screen: covers the workspace and lets the next user pick their profile (or create
 * one). Profiles are local and carry no secret; the keys' passphrase protects the data itself.
 */
export function LockScreen() {
  const { t } = useTranslation();
  const { locked, userId } = useSession();
  const users = useUsers();
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (locked) panel.current?.querySelector<HTMLElement>('button, input')?.focus();
  }, [locked, users?.length]);

  if (!locked) return null;
  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <div className="lock-screen__panel" ref={panel}>
        <Lock aria-hidden="true" size={28} />
        <h2 id={titleId}>{t('users.lockTitle')}</h2>
        <p className="muted">{t('users.lockBody')}</p>
        {users && users.length > 0 && (
          <ul className="lock-screen__users" aria-label={t('users.profiles')}>
            {users.map((user) => (
              <li key={user.id}>
                <button
                  type="button"
                  className="button lock-screen__user"
                  aria-current={user.id === userId ? 'true' : undefined}
                  onClick={() => signIn(user.id)}
                >
                  <UserRound aria-hidden="true" size={16} />
                  <span>{user.name}</span>
                  <span className="muted">{t(`users.roles.${user.role}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <details className="lock-screen__new" open={users?.length === 0}>
          <summary>{t('users.newProfile')}</summary>
          <CreateUserForm onCreated={(user) => signIn(user.id)} />
        </details>
      </div>
    </div>
  );
}
