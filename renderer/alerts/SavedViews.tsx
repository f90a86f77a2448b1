import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pencil, Save, Trash2 } from 'lucide-react';
import type { QueryFilterSort } from './savedViewStore';
import { deleteView, renameView, saveView, SavedViewError } from './savedViewStore';
import type { QueueFilter, QuerySort } from '../../shared/triage/queueIndex';
import { getDatabase } from '../db/database';
import type { UserRecord } from '../db/records';

interface SavedViewsProps {
  filter: QueueFilter;
  sort: QuerySort;
  user: UserRecord | null;
  onApply: (view: QueryFilterSort) => void;
}

type Mode = 'idle' | 'saving' | 'renaming' | 'deleting';

/**
 * A user's named filters and sort of the queue: pick one to apply it, save the current one, or
 * rename or delete the one picked.
 */
export function SavedViews({ filter, sort, user, onApply }: SavedViewsProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const [mode, setMode] = useState<Mode>('idle');
  const [name, setName] = useState('');
  const [activeId, setActiveId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const views = useLiveQuery(
    () => (user ? getDatabase().savedViews.where('owner').equals(user.id).sortBy('name') : []),
    [user?.id],
  );
  if (!user) return null;
  const active = views?.find((view) => view.id === activeId);

  const finish = () => {
    setMode('idle');
    setName('');
    setProblem(null);
  };
  const fail = (error: unknown) => {
    setProblem(
      error instanceof SavedViewError
        ? t(`alerts.views.problems.${error.problem}`, { name: error.viewName })
        : String(error),
    );
  };
  const submit = () => {
    const work =
      mode === 'renaming' && active
        ? renameView(active.id, name, user)
        : saveView(name, filter, sort, user);
    work.then((view) => {
      setActiveId(view.id);
      finish();
    }, fail);
  };

  return (
    <div className="saved-views">
      <label htmlFor={selectId} className="visually-hidden">
        {t('alerts.views.label')}
      </label>
      <select
        id={selectId}
        className="form-field__input"
        value={active ? active.id : ''}
        onChange={(event) => {
          const view = views?.find((candidate) => candidate.id === event.target.value);
          setActiveId(view?.id ?? '');
          finish();
          if (view) onApply({ filter: view.filter as QueueFilter, sort: view.sort as QuerySort });
        }}
      >
        <option value="">{t('alerts.views.choose')}</option>
        {views?.map((view) => (
          <option key={view.id} value={view.id}>
            {view.name}
          </option>
        ))}
      </select>
      {mode === 'saving' || mode === 'renaming' ? (
        <form
          className="saved-views__form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              finish();
            }
          }}
        >
          <input
            className="form-field__input"
            aria-label={mode === 'renaming' ? t('alerts.views.newName') : t('alerts.views.name')}
            aria-invalid={problem !== null}
            value={name}
            autoFocus
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button" disabled={name.trim() === ''}>
            {mode === 'renaming' ? t('alerts.views.rename') : t('alerts.views.save')}
          </button>
          <button type="button" className="button" onClick={finish}>
            {t('alerts.views.cancel')}
          </button>
        </form>
      ) : mode === 'deleting' && active ? (
        <div className="saved-views__form" role="group" aria-label={t('alerts.views.confirmDelete', { name: active.name })}>
          <span>{t('alerts.views.confirmDelete', { name: active.name })}</span>
          <button
            type="button"
            className="button button--danger"
            onClick={() =>
              deleteView(active.id, user).then(() => {
                setActiveId('');
                finish();
              }, fail)
            }
          >
            {t('alerts.views.delete')}
          </button>
          <button type="button" className="button" onClick={finish}>
            {t('alerts.views.cancel')}
          </button>
        </div>
      ) : (
        <>
          <button type="button" className="icon-button" onClick={() => setMode('saving')} aria-label={t('alerts.views.saveCurrent')} title={t('alerts.views.saveCurrent')}>
            <Save aria-hidden="true" size={16} />
          </button>
          {active && (
            <>
              <button
                type="button"
                className="icon-button"
                onClick={() => {
                  setName(active.name);
                  setMode('renaming');
                }}
                aria-label={t('alerts.views.renameView', { name: active.name })}
                title={t('alerts.views.renameView', { name: active.name })}
              >
                <Pencil aria-hidden="true" size={16} />
              </button>
              <button
                type="button"
                className="icon-button"
                onClick={() => setMode('deleting')}
                aria-label={t('alerts.views.deleteView', { name: active.name })}
                title={t('alerts.views.deleteView', { name: active.name })}
              >
                <Trash2 aria-hidden="true" size={16} />
              </button>
            </>
          )}
        </>
      )}
      {problem && (
        <p className="error-text saved-views__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
