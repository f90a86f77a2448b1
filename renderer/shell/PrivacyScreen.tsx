import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EyeOff } from 'lucide-react';
import { useAppStore } from '../store';
import { MAIN_CONTENT_ID } from './SkipLink';

/**
 * Covers the whole window with an opaque screen (the shell behind it is hidden and inert).
 * It hides data from onlookers; it is not the lock: no passphrase is asked, and it says so.
 */
export function PrivacyScreen() {
  const { t } = useTranslation();
  const hidden = useAppStore((state) => state.workspaceHidden);
  const revealWorkspace = useAppStore((state) => state.revealWorkspace);
  const button = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (hidden) button.current?.focus();
  }, [hidden]);

  if (!hidden) return null;
  const reveal = () => {
    revealWorkspace();
    // The shell is inert until this render commits; focus its main region right after.
    requestAnimationFrame(() => document.getElementById(MAIN_CONTENT_ID)?.focus());
  };
  return (
    <div className="privacy-screen" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <div className="privacy-screen__panel">
        <EyeOff aria-hidden="true" size={28} />
        <h2 id={titleId}>{t('privacy.title')}</h2>
        <p>{t('privacy.reasonManual')}</p>
        <p className="muted">{t('privacy.noPassphrase')}</p>
        <button ref={button} type="button" className="button button--primary" onClick={reveal}>
          {t('privacy.reveal')}
        </button>
      </div>
    </div>
  );
}
