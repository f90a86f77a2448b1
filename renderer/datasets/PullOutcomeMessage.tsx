import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { KeyRound, X } from 'lucide-react';
import { UnlockKeysDialog } from '../keys/UnlockKeysDialog';
import { settingsSectionPath } from '../settings/sections';
import { useFormat } from '../i18n/useFormat';
import type { ImportedVersion } from '../import/outcome';
import type { ClientOutcome } from './pullClient';
import { formatDuration } from './progressText';
import type { SourceRecord } from '../db/records';
import { RefusalMessage } from './RefusalMessage';
import { StaleCatalogMessage } from './StaleCatalogMessage';

interface PullOutcomeMessageProps {
  outcome: ClientOutcome;
  datasetTitle: string;
  source: Pick<SourceRecord, 'title' | 'kind'>;
  onDismiss: () => void;
  onRetry: () => void;
}

/** How a pull ended, until dismissed; a locked keyring offers to unlock and pull again. */
export function PullOutcomeMessage({
  outcome,
  datasetTitle,
  source,
  onDismiss,
  onRetry,
}: PullOutcomeMessageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [unlocking, setUnlocking] = useState(false);
  const dataset = datasetTitle;
  const versions = (imported: ImportedVersion[]) =>
    new Intl.ListFormat(format.language, { type: 'conjunction' }).format(
      imported.map((version) => t('import.outcome.versionList', { version: version.version })),
    );
  const partial =
    outcome.imported.length > 0 && outcome.status !== 'imported'
      ? t('import.outcome.partial', { versions: versions(outcome.imported) })
      : null;

  let body;
  let tone: 'ok' | 'warning' | 'error' = 'warning';
  switch (outcome.status) {
    case 'imported': {
      tone = 'ok';
      const rows = outcome.imported.reduce((sum, version) => sum + version.rows, 0);
      const seconds = outcome.imported.reduce((sum, version) => sum + version.durationMs, 0) / 1000;
      body = (
        <p role="status">
          {t('import.outcome.imported', {
            dataset,
            versions: versions(outcome.imported),
            rows: format.number(rows),
            duration: formatDuration(format.language, seconds),
          })}
        </p>
      );
      break;
    }
    case 'up-to-date':
      tone = 'ok';
      body = <p role="status">{t('import.outcome.upToDate', { dataset })}</p>;
      break;
    case 'refused':
      tone = 'error';
      body = <RefusalMessage refusal={outcome.refusal} datasetTitle={dataset} />;
      break;
    case 'stale-catalog':
      tone = 'error';
      body = <StaleCatalogMessage source={source} seen={outcome.seen} served={outcome.served} />;
      break;
    case 'expired':
      tone = 'error';
      body = (
        <p role="alert">
          {t('import.outcome.expired', {
            dataset,
            version: outcome.version,
            date: format.date(outcome.expires),
          })}
        </p>
      );
      break;
    case 'cancelled':
      body = <p role="status">{t('import.outcome.cancelled', { dataset })}</p>;
      break;
    case 'busy':
      body = <p role="status">{t('import.outcome.busy', { dataset })}</p>;
      break;
    case 'storage-full':
      tone = 'error';
      body = <p role="alert">{t('import.outcome.storageFull', { dataset })}</p>;
      break;
    case 'failed':
      tone = 'error';
      body = (
        <p role="alert">{t('import.outcome.failed', { dataset, message: outcome.message })}</p>
      );
      break;
    case 'keys-locked':
      body = (
        <>
          <p role="alert">{t('import.outcome.keysLocked')}</p>
          <div className="pull-outcome__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => setUnlocking(true)}
            >
              <KeyRound aria-hidden="true" size={14} />
              {t('import.outcome.unlock')}
            </button>
            <Link className="button" to={settingsSectionPath('keys')}>
              {t('import.outcome.openSettings')}
            </Link>
          </div>
          <UnlockKeysDialog
            open={unlocking}
            onClose={() => setUnlocking(false)}
            onUnlocked={() => {
              setUnlocking(false);
              onRetry();
            }}
          />
        </>
      );
      break;
  }

  return (
    <div className="pull-outcome" data-tone={tone} data-status={outcome.status}>
      <div className="pull-outcome__body">
        {body}
        {partial && <p className="muted">{partial}</p>}
      </div>
      <button
        type="button"
        className="icon-button"
        onClick={onDismiss}
        aria-label={t('import.dismissLabel', { dataset })}
        title={t('import.dismiss')}
      >
        <X aria-hidden="true" />
      </button>
    </div>
  );
}
