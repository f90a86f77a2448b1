import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BriefcaseBusiness } from 'lucide-react';
import { getDatabase } from '../db/database';
import { ModalDialog } from '../shell/ModalDialog';
import type { NewEvidence } from './caseStore';
import { addAccountsToCase, addAlertsToCase, addEvidence, createCase } from './caseStore';

interface AddToCaseButtonProps {
  /** Makes the evidence when the user has picked a case (e.g. a chart's PNG); omit to add none. */
  produceEvidence?: () => NewEvidence | Promise<NewEvidence>;
  /** Alerts (`<dataset>:<alertId>`) and accounts (`<dataset>:<accountId>`) to add as members. */
  alertKeys?: readonly string[];
  accountKeys?: readonly string[];
  /** The button's text; defaults to "Add to case". */
  label?: string;
  /** The button's accessible name when several "Add to case" buttons share a page. */
  ariaLabel?: string;
  /** A smaller button, for card headers. */
  small?: boolean;
  onAdded?: (caseId: string) => void;
  onProblem?: (error: unknown) => void;
}

/**
 * "Add to case": pick an open case or start a new one, then the evidence (and members) go in
 * it, audited. Other pages use it with a function that snapshots their view.
 */
export function AddToCaseButton({
  produceEvidence,
  alertKeys = [],
  accountKeys = [],
  label,
  ariaLabel,
  small = false,
  onAdded,
  onProblem,
}: AddToCaseButtonProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const cases = useLiveQuery(
    () => (open ? getDatabase().cases.where('status').notEqual('closed').toArray() : []),
    [open],
  );

  const addTo = async (caseId: string | null) => {
    setBusy(true);
    setProblem(null);
    try {
      const evidence = produceEvidence ? await produceEvidence() : null;
      const id = caseId ?? (await createCase({ title })).id;
      if (alertKeys.length > 0) await addAlertsToCase(id, alertKeys);
      if (accountKeys.length > 0) await addAccountsToCase(id, accountKeys);
      if (evidence) await addEvidence(id, evidence);
      setOpen(false);
      setTitle('');
      onAdded?.(id);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      onProblem?.(error);
    } finally {
      setBusy(false);
    }
  };

  const submitNew = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem(t('cases.add.titleNeeded'));
      return;
    }
    void addTo(null);
  };

  return (
    <>
      <button
        type="button"
        className={small ? 'button button--small' : 'button'}
        aria-label={ariaLabel}
        onClick={() => setOpen(true)}
      >
        <BriefcaseBusiness aria-hidden="true" size={14} /> {label ?? t('cases.add.button')}
      </button>
      <ModalDialog open={open} title={t('cases.add.title')} onClose={() => setOpen(false)}>
        <div className="add-to-case">
          {cases && cases.length > 0 && (
            <ul className="add-to-case__list" aria-label={t('cases.add.openCases')}>
              {[...cases]
                .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
                .map((record) => (
                  <li key={record.id}>
                    <button
                      type="button"
                      className="button"
                      disabled={busy}
                      onClick={() => void addTo(record.id)}
                    >
                      {record.title}
                    </button>
                  </li>
                ))}
            </ul>
          )}
          <form className="add-to-case__new" onSubmit={submitNew}>
            <label className="form-field__label" htmlFor={titleId}>
              {t('cases.add.newTitle')}
            </label>
            <input
              id={titleId}
              className="form-field__input"
              value={title}
              onChange={(event) => setTitle(event.target.value)}
            />
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('cases.add.create')}
            </button>
          </form>
          {problem && (
            <p className="error-text" role="alert">
              {problem}
            </p>
          )}
        </div>
      </ModalDialog>
    </>
  );
}
