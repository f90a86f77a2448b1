import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Send } from 'lucide-react';
import { feedbackLines } from '../../shared/triage/feedbackPackage';
import { getDatabase } from '../db/database';
import { KeysLockedError } from '../keys/identities';
import { UnlockKeysDialog } from '../keys/UnlockKeysDialog';
import { ModalDialog } from '../shell/ModalDialog';
import { exportFeedback, FeedbackError, feedbackSources } from './feedbackExport';
import { rememberedRecipient } from './feedbackRecipient';

/** Exports the dispositions of a dataset as the sandbox's feedback package. */
export function FeedbackExportButton() {
  const { t } = useTranslation();
  const ids = { dataset: useId(), recipient: useId(), notes: useId() };
  const [open, setOpen] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const [dataset, setDataset] = useState('');
  // null until typed: the field then shows the recipient last used for the dataset's source.
  const [typed, setTyped] = useState<string | null>(null);
  const [includeNotes, setIncludeNotes] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const datasets = useLiveQuery(() => getDatabase().datasets.toArray(), []);
  const chosen = dataset || datasets?.[0]?.id || '';
  const remembered = useLiveQuery(() => (chosen && open ? rememberedRecipient(chosen) : ''), [chosen, open]);
  const recipient = typed ?? remembered ?? '';
  const count = useLiveQuery(
    async () => (chosen && open ? feedbackLines(await feedbackSources(chosen), '', false).length : 0),
    [chosen, open],
  );

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setMessage(null);
    try {
      const outcome = await exportFeedback(chosen, recipient, includeNotes);
      if (outcome.saved) setMessage({ text: t('alerts.feedback.done', { count: outcome.count }), error: false });
    } catch (error) {
      if (error instanceof KeysLockedError) setUnlocking(true);
      else if (error instanceof FeedbackError) setMessage({ text: t(`alerts.feedback.problems.${error.problem}`), error: true });
      else setMessage({ text: String(error), error: true });
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        <Send aria-hidden="true" size={14} /> {t('alerts.feedback.button')}
      </button>
      <ModalDialog open={open} title={t('alerts.feedback.title')} onClose={() => setOpen(false)}>
        <form className="feedback-form" onSubmit={(event) => void submit(event)}>
          <p className="muted">{t('alerts.feedback.explanation')}</p>
          <div className="form-field">
            <label className="form-field__label" htmlFor={ids.dataset}>
              {t('alerts.feedback.dataset')}
            </label>
            <select id={ids.dataset} className="form-field__input" value={chosen} onChange={(event) => {
                setDataset(event.target.value);
                setTyped(null);
              }}>
              {datasets?.map((record) => (
                <option key={record.id} value={record.id}>
                  {record.title}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label className="form-field__label" htmlFor={ids.recipient}>
              {t('alerts.feedback.recipient')}
            </label>
            <input
              id={ids.recipient}
              className="form-field__input mono"
              value={recipient}
              placeholder="age1…"
              spellCheck={false}
              onChange={(event) => setTyped(event.target.value)}
            />
            {typed === null && remembered && (
              <p className="form-field__hint muted">{t('alerts.feedback.remembered')}</p>
            )}
          </div>
          <label className="checkbox-field">
            <input id={ids.notes} type="checkbox" checked={includeNotes} onChange={(event) => setIncludeNotes(event.target.checked)} />
            {t('alerts.feedback.includeNotes')}
          </label>
          <p>{t('alerts.feedback.count', { count: count ?? 0 })}</p>
          <button type="submit" className="button button--primary" disabled={!chosen || (count ?? 0) === 0}>
            {t('alerts.feedback.export')}
          </button>
          {message && (
            <p className={message.error ? 'error-text' : undefined} role="status">
              {message.text}
            </p>
          )}
        </form>
      </ModalDialog>
      <UnlockKeysDialog
        open={unlocking}
        onClose={() => setUnlocking(false)}
        onUnlocked={() => {
          setUnlocking(false);
          void submit();
        }}
      />
    </>
  );
}
