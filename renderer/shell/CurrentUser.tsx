import { useTranslation } from 'react-i18next';
import { UserRound } from 'lucide-react';
import { SwitchUserButton } from '../users/SwitchUserButton';
import { useSessionUser } from '../users/useUsers';

/** Who is working: name and role, or plainly that no user is set up. */
export function CurrentUser() {
  const { t } = useTranslation();
  const user = useSessionUser();
  if (user === undefined) return null;
  return (
    <div className="current-user" role="group" aria-label={t('status.userLabel')}>
      <UserRound aria-hidden="true" size={16} />
      {user ? (
        <>
          <span>{user.name}</span>
          <span className="current-user__hint">{t(`status.roles.${user.role}`)}</span>
        </>
      ) : (
        <span className="current-user__hint">{t('status.noUser')}</span>
      )}
      <SwitchUserButton />
    </div>
  );
}
