import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FlaskConical, Server } from 'lucide-react';
import { pagePath } from '../app/pagePath';
import { RecipientBlock } from '../keys/WorkstationIdentityDetails';
import { keyErrorMessage } from '../keys/keyErrorMessage';
import { useWorkstationKeys } from '../keys/useKeys';
import { settingsSectionPath } from '../settings/sections';
import { SourceError } from '../sources/sources';
import { sourceErrorMessage } from '../sources/sourceErrorMessage';
import { addDemoSandbox } from './demoSandbox';

/** The keys exist: show the recipient, then offer the demo sandbox or adding a source later. */
export function ChooseSourceStep({ onFinished }: { onFinished: (to: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const keys = useWorkstationKeys();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const demoTitle = t('firstRun.demoTitle');

  const leaveFor = async (path: string) => {
    onFinished(path);
    await navigate(path);
  };

  const chooseDemo = async () => {
    setBusy(true);
    setError(null);
    try {
      await addDemoSandbox({ sourceTitle: demoTitle, identityLabel: t('keys.imported.demoLabel') });
      await leaveFor(pagePath('datasets'));
    } catch (failure) {
      const message =
        failure instanceof SourceError
          ? sourceErrorMessage(t, failure)
          : keyErrorMessage(t, failure);
      setError(t('firstRun.failed', { message }));
      setBusy(false);
    }
  };

  return (
    <div className="form-stack">
      <p className="first-run__done">{t('firstRun.created')}</p>
      {keys?.identity && (
        <RecipientBlock
          title={t('firstRun.recipientLabel')}
          recipient={keys.identity.publicPart}
          hint={t('firstRun.recipientHint')}
        />
      )}
      <p>{t('firstRun.sourceExplanation')}</p>
      <div className="first-run__choices">
        <div className="first-run__choice">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void chooseDemo()}
          >
            <FlaskConical aria-hidden="true" size={14} />
            {t('firstRun.useDemo')}
          </button>
          <p className="muted">{t('firstRun.useDemoHint', { title: demoTitle })}</p>
        </div>
        <div className="first-run__choice">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void leaveFor(settingsSectionPath('sources'))}
          >
            <Server aria-hidden="true" size={14} />
            {t('firstRun.addOwn')}
          </button>
          <p className="muted">{t('firstRun.addOwnHint')}</p>
        </div>
      </div>
      <p role="status" className="muted">
        {busy ? t('firstRun.addingDemo') : ''}
      </p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
