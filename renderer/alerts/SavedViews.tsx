import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Save } from 'lucide-react';
import type { QueryFilterSort } from './savedViewStore';
import { saveView } from './savedViewStore';
import type { QueueFilter, QuerySort } from '../../shared/triage/queueIndex';
import { getDatabase } from '../db/database';
import type { UserRecord } from '../db/records';

interface SavedViewsProps {
  filter: QueueFilter;
  sort: QuerySort;
  user: UserRecord | null;
  onApply: (view: QueryFilterSort) => void;
}

/** A user's named filters and sort of the queue: pick one to apply it, or save the current one. */
export function SavedViews({ filter, sort, user, onApply }: SavedViewsProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const views = useLiveQuery(
    () => (user ? getDatabase().savedViews.where('owner').equals(user.id).sortBy('name') : []),
    [user?.id],
  );
  if (!user) return null;
  return (
    <div className="saved-views">
      <label htmlFor={selectId} className="visually-hidden">
        {t('alerts.views.label')}
      </label>
      <select
        id={selectId}
        className="form-field__input"
        value=""
        onChange={(event) => {
          const view = views?.find((candidate) => candidate.id === event.target.value);
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
      {naming ? (
        <form
          className="saved-views__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim() === '') return;
            void saveView(name, filter, sort, user).then(() => {
              setNaming(false);
              setName('');
            });
          }}
        >
          <input
            className="form-field__input"
            aria-label={t('alerts.views.name')}
            value={name}
            autoFocus
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button">
            {t('alerts.views.save')}
          </button>
        </form>
      ) : (
        <button type="button" className="icon-button" onClick={() => setNaming(true)} aria-label={t('alerts.views.saveCurrent')} title={t('alerts.views.saveCurrent')}>
          <Save aria-hidden="true" size={16} />
        </button>
      )}
    </div>
  );
}
