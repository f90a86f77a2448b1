import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TYPOLOGIES } from '../../shared/dictionary/tables';
import type { EvidenceAlert } from '../../shared/reports/evidence';

interface AlertPickerProps {
  alerts: readonly EvidenceAlert[];
  picked: ReadonlySet<string>;
  onChange: (picked: Set<string>) => void;
}

/** Picks the alerts a new case gathers: search by id, account, instrument or summary, filter by typology. */
export function AlertPicker({ alerts, picked, onChange }: AlertPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [typology, setTypology] = useState('');
  const shown = useMemo(() => {
    const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return alerts.filter((alert) => {
      if (typology !== '' && alert.typology !== typology) return false;
      const text = [alert.id, alert.summary, ...alert.accounts, ...alert.instruments]
        .join(' ')
        .toLowerCase();
      return words.every((word) => text.includes(word));
    });
  }, [alerts, query, typology]);
  const toggle = (key: string) => {
    const next = new Set(picked);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onChange(next);
  };
  return (
    <fieldset className="alert-picker">
      <legend>{t('reports.create.alerts')}</legend>
      <div className="alert-picker__filters">
        <label className="report-field">
          <span>{t('reports.create.search')}</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('reports.create.searchHint')}
          />
        </label>
        <label className="report-field">
          <span>{t('reports.create.typology')}</span>
          <select value={typology} onChange={(e) => setTypology(e.target.value)}>
            <option value="">{t('reports.create.allTypologies')}</option>
            {TYPOLOGIES.map((value) => (
              <option key={value} value={value}>
                {t(`typology.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          onClick={() => onChange(new Set([...picked, ...shown.map((a) => a.key)]))}
          disabled={shown.length === 0}
        >
          {t('reports.create.pickShown', { count: shown.length })}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => onChange(new Set())}
          disabled={picked.size === 0}
        >
          {t('reports.create.clear')}
        </button>
      </div>
      <p className="muted" role="status">
        {t('reports.create.picked', { count: picked.size })}
      </p>
      <ul className="alert-picker__list">
        {shown.map((alert) => (
          <li key={alert.key}>
            <label>
              <input
                type="checkbox"
                checked={picked.has(alert.key)}
                onChange={() => toggle(alert.key)}
              />
              <span className="mono">{alert.id}</span>
              <span>{t(`typology.${alert.typology}`)}</span>
              <span className="mono">{alert.score.toFixed(2)}</span>
              <span className="mono">{alert.instruments.join(' ')}</span>
              <span className="alert-picker__summary">{alert.summary}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
