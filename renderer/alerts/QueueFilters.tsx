import { useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Search, X } from 'lucide-react';
import { TYPOLOGIES } from '../../shared/dictionary/tables';
import type { Typology } from '../../shared/dictionary/types';
import { TRIAGE_DISPOSITIONS } from '../../shared/triage/disposition';
import type { QueueFilter } from '../../shared/triage/queueIndex';
import type { UserRecord } from '../db/records';

interface QueueFiltersProps {
  filter: QueueFilter;
  onChange: (filter: QueueFilter) => void;
  facets: { regions: string[]; brokers: string[] };
  regionName: (code: string) => string;
  brokerName: (id: string) => string;
  users: readonly UserRecord[];
  searchRef: RefObject<HTMLInputElement | null>;
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="queue-filter">
      <label htmlFor={id} className="queue-filter__label">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

const day = (ms: number | undefined) =>
  ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10);

/** Filters of the queue; every change re-runs the (fast, in-memory) query. */
export function QueueFilters({
  filter,
  onChange,
  facets,
  regionName,
  brokerName,
  users,
  searchRef,
}: QueueFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<QueueFilter>) => {
    const next: QueueFilter = { ...filter, ...patch };
    for (const key of Object.keys(patch) as (keyof QueueFilter)[]) {
      const value = next[key];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
        delete next[key];
    }
    onChange(next);
  };
  const dateBound = (value: string, end: boolean) =>
    value === '' ? undefined : Date.parse(`${value}T${end ? '23:59:59.999' : '00:00:00'}+08:00`);

  return (
    <div className="queue-filters" role="search" aria-label={t('alerts.filters.label')}>
      <div className="queue-filter queue-filter--search">
        <Search aria-hidden="true" size={14} />
        <input
          ref={searchRef}
          type="search"
          className="form-field__input"
          aria-label={t('alerts.filters.search')}
          placeholder={t('alerts.filters.searchPlaceholder')}
          value={filter.text ?? ''}
          onChange={(event) => set({ text: event.target.value })}
        />
      </div>
      <Field label={t('alerts.filters.typology')}>
        {(id) => (
          <select
            id={id}
            className="form-field__input"
            value={filter.typologies?.[0] ?? ''}
            onChange={(event) =>
              set({ typologies: event.target.value ? [event.target.value as Typology] : undefined })
            }
          >
            <option value="">{t('alerts.filters.any')}</option>
            {TYPOLOGIES.map((typology) => (
              <option key={typology} value={typology}>
                {t(`typology.${typology}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('alerts.filters.minScore')}>
        {(id) => (
          <input
            id={id}
            type="number"
            min={0}
            max={1}
            step={0.05}
            className="form-field__input queue-filter__narrow"
            value={filter.minScore ?? ''}
            onChange={(event) =>
              set({ minScore: event.target.value === '' ? undefined : Number(event.target.value) })
            }
          />
        )}
      </Field>
      <Field label={t('alerts.filters.region')}>
        {(id) => (
          <select
            id={id}
            className="form-field__input"
            value={filter.regions?.[0] ?? ''}
            onChange={(event) =>
              set({ regions: event.target.value ? [event.target.value] : undefined })
            }
          >
            <option value="">{t('alerts.filters.any')}</option>
            {facets.regions.map((code) => (
              <option key={code} value={code}>
                {regionName(code)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('alerts.filters.broker')}>
        {(id) => (
          <select
            id={id}
            className="form-field__input"
            value={filter.brokers?.[0] ?? ''}
            onChange={(event) =>
              set({ brokers: event.target.value ? [event.target.value] : undefined })
            }
          >
            <option value="">{t('alerts.filters.any')}</option>
            {facets.brokers.map((broker) => (
              <option key={broker} value={broker}>
                {brokerName(broker)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('alerts.filters.instrument')}>
        {(id) => (
          <input
            id={id}
            className="form-field__input queue-filter__narrow"
            value={filter.instrument ?? ''}
            onChange={(event) => set({ instrument: event.target.value.trim() })}
          />
        )}
      </Field>
      <Field label={t('alerts.filters.from')}>
        {(id) => (
          <input
            id={id}
            type="date"
            className="form-field__input"
            value={day(filter.from)}
            onChange={(event) => set({ from: dateBound(event.target.value, false) })}
          />
        )}
      </Field>
      <Field label={t('alerts.filters.to')}>
        {(id) => (
          <input
            id={id}
            type="date"
            className="form-field__input"
            value={day(filter.to)}
            onChange={(event) => set({ to: dateBound(event.target.value, true) })}
          />
        )}
      </Field>
      <Field label={t('alerts.filters.assignee')}>
        {(id) => (
          <select
            id={id}
            className="form-field__input"
            value={filter.assignee === undefined ? '*' : filter.assignee}
            onChange={(event) =>
              onChange(
                event.target.value === '*'
                  ? withoutKey(filter, 'assignee')
                  : { ...filter, assignee: event.target.value },
              )
            }
          >
            <option value="*">{t('alerts.filters.any')}</option>
            <option value="">{t('alerts.filters.unassigned')}</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('alerts.filters.disposition')}>
        {(id) => (
          <select
            id={id}
            className="form-field__input"
            value={filter.label ?? ''}
            onChange={(event) =>
              set({ label: (event.target.value || undefined) as QueueFilter['label'] })
            }
          >
            <option value="">{t('alerts.filters.any')}</option>
            <option value="unlabelled">{t('alerts.filters.unlabelled')}</option>
            <option value="awaiting">{t('alerts.labelAwaiting')}</option>
            {TRIAGE_DISPOSITIONS.map((disposition) => (
              <option key={disposition} value={disposition}>
                {t(`alerts.disposition.${disposition}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('alerts.filters.source')}>
        {(id) => (
          <select
            id={id}
            className="form-field__input"
            value={filter.source ?? ''}
            onChange={(event) =>
              set({ source: (event.target.value || undefined) as QueueFilter['source'] })
            }
          >
            <option value="">{t('alerts.filters.any')}</option>
            <option value="sandbox">{t('alerts.filters.sandbox')}</option>
            <option value="local">{t('alerts.filters.local')}</option>
            <option value="raised">{t('alerts.filters.raised')}</option>
          </select>
        )}
      </Field>
      <label className="checkbox-field queue-filter__check">
        <input
          type="checkbox"
          checked={filter.includeSnoozed ?? false}
          onChange={(event) => set({ includeSnoozed: event.target.checked || undefined })}
        />
        {t('alerts.filters.includeSnoozed')}
      </label>
      <button type="button" className="button" onClick={() => onChange({})}>
        <X aria-hidden="true" size={14} />
        {t('alerts.filters.reset')}
      </button>
    </div>
  );
}

function withoutKey(filter: QueueFilter, key: keyof QueueFilter): QueueFilter {
  const next = { ...filter };
  delete next[key];
  return next;
}
