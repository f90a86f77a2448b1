import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Archive, Download, Upload } from 'lucide-react';
import { BackupRefusal } from '../../shared/backup/backupFile';
import { useFormat } from '../i18n/useFormat';
import { KeysLockedError } from '../keys/identities';
import { UnlockKeysDialog } from '../keys/UnlockKeysDialog';
import { Card } from '../shell/Card';
import { RadioGroup } from '../settings/RadioGroup';
import { isQuotaError } from '../settings/quotaError';
import { settingsHeadingId } from '../settings/sections';
import { TextField } from '../settings/TextField';
import {
  BackupTargetError,
  exportBackup,
  MIN_BACKUP_PASSPHRASE,
  readBackupFile,
  restoreBackup,
  type ReadBackup,
} from './backupActions';

type TargetKind = 'own' | 'recipient' | 'passphrase';
type Status =
  { kind: 'running' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

const total = (rows: Record<string, number>) => Object.values(rows).reduce((a, b) => a + b, 0);

/** Settings → Backup and restore: make a signed, encrypted backup; check and restore one. */
export function BackupSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const [kind, setKind] = useState<TargetKind>('own');
  const [recipient, setRecipient] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [exportStatus, setExportStatus] = useState<Status | null>(null);
  const [backup, setBackup] = useState<ReadBackup | null>(null);
  const [restorePassphrase, setRestorePassphrase] = useState('');
  const [restoreStatus, setRestoreStatus] = useState<Status | null>(null);
  const [unlockThen, setUnlockThen] = useState<(() => void) | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refusalText = (error: unknown): string => {
    if (error instanceof BackupRefusal) {
      const recipientName = backup?.file.header.recipient ?? '—';
      return t('backup.restore.refused', {
        message: `${t(`backup.restore.problems.${error.problem}`, { recipient: recipientName })} (${error.message})`,
      });
    }
    if (isQuotaError(error)) return t('backup.restore.quota');
    return t('backup.restore.refused', {
      message: error instanceof Error ? error.message : String(error),
    });
  };

  const runExport = async (event?: FormEvent) => {
    event?.preventDefault();
    setExportStatus({ kind: 'running' });
    try {
      const target =
        kind === 'own'
          ? ({ kind } as const)
          : kind === 'recipient'
            ? ({ kind, recipient } as const)
            : ({ kind, passphrase } as const);
      const outcome = await exportBackup(target);
      setExportStatus(
        outcome.saved
          ? {
              kind: 'done',
              text: t('backup.export.done', {
                rows: total(outcome.rows),
                audit: outcome.rows.audit,
                location: outcome.location ?? '',
              }),
            }
          : null,
      );
    } catch (error) {
      if (error instanceof KeysLockedError) {
        setExportStatus(null);
        setUnlockThen(() => () => void runExport());
      } else if (error instanceof BackupTargetError)
        setExportStatus({
          kind: 'error',
          text: t(`backup.export.errors.${error.problem}`, { min: MIN_BACKUP_PASSPHRASE }),
        });
      else
        setExportStatus({
          kind: 'error',
          text: error instanceof Error ? error.message : String(error),
        });
    }
  };

  const chooseFile = async (file: File | undefined) => {
    setBackup(null);
    setRestoreStatus(null);
    setRestorePassphrase('');
    if (!file) return;
    try {
      setBackup(await readBackupFile(await file.text()));
    } catch (error) {
      setRestoreStatus({ kind: 'error', text: refusalText(error) });
    }
    if (fileInput.current) fileInput.current.value = '';
  };

  const runRestore = async () => {
    if (!backup) return;
    setRestoreStatus({ kind: 'running' });
    try {
      const rows = await restoreBackup(backup, restorePassphrase);
      setBackup(null);
      setRestorePassphrase('');
      setRestoreStatus({
        kind: 'done',
        text: t('backup.restore.done', { rows: total(rows), audit: rows.audit }),
      });
    } catch (error) {
      if (error instanceof KeysLockedError) {
        setRestoreStatus(null);
        setUnlockThen(() => () => void runRestore());
      } else setRestoreStatus({ kind: 'error', text: refusalText(error) });
    }
  };

  const statusLine = (status: Status | null, running: string) =>
    status === null ? '' : status.kind === 'running' ? running : status.text;

  return (
    <Card title={t('backup.title')} icon={Archive} headingId={settingsHeadingId('backup')}>
      <div className="settings-text backup-section">
        <p className="muted">{t('backup.explanation')}</p>
        <form className="form-stack" onSubmit={(event) => void runExport(event)} noValidate>
          <h3>{t('backup.export.heading')}</h3>
          <RadioGroup<TargetKind>
            legend={t('backup.export.encryption')}
            name="backup-target"
            value={kind}
            onChange={setKind}
            options={[
              {
                value: 'own',
                label: t('backup.export.own'),
                description: t('backup.export.ownDescription'),
              },
              {
                value: 'recipient',
                label: t('backup.export.recipient'),
                description: t('backup.export.recipientDescription'),
              },
              {
                value: 'passphrase',
                label: t('backup.export.passphrase'),
                description: t('backup.export.passphraseDescription'),
              },
            ]}
          />
          {kind === 'recipient' && (
            <TextField
              label={t('backup.export.recipientLabel')}
              value={recipient}
              onChange={setRecipient}
              code
            />
          )}
          {kind === 'passphrase' && (
            <TextField
              label={t('backup.export.passphraseLabel')}
              value={passphrase}
              onChange={setPassphrase}
              type="password"
              autoComplete="new-password"
              hint={t('backup.export.passphraseHint', { min: MIN_BACKUP_PASSPHRASE })}
            />
          )}
          <div className="settings-form__row">
            <button
              type="submit"
              className="button button--primary"
              disabled={exportStatus?.kind === 'running'}
            >
              <Download aria-hidden="true" size={14} /> {t('backup.export.button')}
            </button>
          </div>
          <p role="status" className={exportStatus?.kind === 'error' ? 'error-text' : undefined}>
            {statusLine(exportStatus, t('backup.export.running'))}
          </p>
        </form>

        <div className="form-stack">
          <h3>{t('backup.restore.heading')}</h3>
          <p className="muted">{t('backup.restore.replaceNotice')}</p>
          <div className="settings-form__row">
            <label className="button">
              <Upload aria-hidden="true" size={14} /> {t('backup.restore.choose')}
              <input
                ref={fileInput}
                type="file"
                accept=".json,application/json"
                className="visually-hidden"
                onChange={(event) => void chooseFile(event.target.files?.[0])}
              />
            </label>
          </div>
          {backup && (
            <div className="form-stack" aria-label={t('backup.restore.heading')}>
              <dl className="definition-list">
                <dt>{t('backup.restore.signer')}</dt>
                <dd>
                  <code className="backup-fingerprint" data-testid="backup-signer">
                    {backup.signerFingerprint}
                  </code>{' '}
                  {backup.ownSigner
                    ? t('backup.restore.ownSigner')
                    : t('backup.restore.otherSigner')}
                </dd>
              </dl>
              <p className="muted">
                {t('backup.restore.created', {
                  time: format.dateTime(backup.file.header.createdAt),
                })}
              </p>
              {backup.file.header.encryption === 'passphrase' && (
                <TextField
                  label={t('backup.restore.passphraseLabel')}
                  value={restorePassphrase}
                  onChange={setRestorePassphrase}
                  type="password"
                  autoComplete="current-password"
                />
              )}
              <div className="settings-form__row">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => void runRestore()}
                  disabled={restoreStatus?.kind === 'running'}
                >
                  {t('backup.restore.confirm')}
                </button>
                <button type="button" className="button" onClick={() => setBackup(null)}>
                  {t('backup.restore.cancel')}
                </button>
              </div>
            </div>
          )}
          <p role="status" className={restoreStatus?.kind === 'error' ? 'error-text' : undefined}>
            {statusLine(restoreStatus, t('backup.restore.running'))}
          </p>
        </div>
      </div>
      <UnlockKeysDialog
        open={unlockThen !== null}
        onClose={() => setUnlockThen(null)}
        onUnlocked={() => {
          const next = unlockThen;
          setUnlockThen(null);
          next?.();
        }}
      />
    </Card>
  );
}
