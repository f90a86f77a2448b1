import { useTranslation } from 'react-i18next';
import { Lock } from 'lucide-react';
import { lockWorkstation } from './workstationLock';

/** Locks the workstation so another user can take over. */
export function SwitchUserButton() {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="icon-button"
      onClick={lockWorkstation}
      aria-label={t('users.switch')}
      title={t('users.switch')}
    >
      <Lock aria-hidden="true" size={16} />
    </button>
  );
}
