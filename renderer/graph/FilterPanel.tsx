/**
 * Which ties count: edge types (with their legend colours), the threshold above which a shared
 * identifier or external party is set aside (and what it sets aside near the graph), the
 * repetition needed for trading ties, the co-trading window and a time window.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SlidersHorizontal } from 'lucide-react';
import { maskHash } from '../../shared/graph/masking';
import type { EdgeType, LinkFilter } from '../../shared/graph/types';
import { EDGE_TYPES } from '../../shared/graph/types';
import { useFormat } from '../i18n/useFormat';
import { applyFilter, changeCoTradingWindow } from './graphActions';
import { useGraphStore } from './graphStore';
import { EDGE_COLOURS } from './graphStyle';
import { useDocumentTheme } from './useDocumentTheme';

const DAY_MS = 86_400_000;

function dateInput(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10);
}

/** A whole number in [min, max], or null with the reason. */
function wholeNumber(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

export function FilterPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const theme = useDocumentTheme();
  const filter = useGraphStore((state) => state.filter);
  const hubs = useGraphStore((state) => state.hubs);
  const windowMinutes = useGraphStore((state) => state.coTradingWindowMinutes);
  const [problem, setProblem] = useState<string | null>(null);

  function change(patch: Partial<LinkFilter>) {
    void applyFilter({ ...filter, ...patch });
  }

  function toggle(type: EdgeType, on: boolean) {
    change({
      types: on
        ? EDGE_TYPES.filter((t2) => t2 === type || filter.types.includes(t2))
        : filter.types.filter((t2) => t2 !== type),
    });
  }

  function numberField(
    key: 'maxSharedAccounts' | 'minCounterpartyTrades' | 'minCoTradingOccasions' | 'window',
    value: number,
    min: number,
    max: number,
  ) {
    const label = t(`graph.filter.${key}`);
    return (
      <label className="graph-field">
        {label}
        <input
          type="number"
          min={min}
          max={max}
          defaultValue={value}
          key={`${key}:${value}`}
          onBlur={(event) => {
            const parsed = wholeNumber(event.target.value, min, max);
            if (parsed === null) {
              setProblem(t('graph.filter.outOfRange', { field: label, min, max }));
              return;
            }
            setProblem(null);
            if (parsed === value) return;
            if (key === 'window') void changeCoTradingWindow(parsed);
            else change({ [key]: parsed });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
        />
      </label>
    );
  }

  return (
    <section className="card graph-filter" aria-labelledby="graph-filter-title">
      <header className="card__header">
        <SlidersHorizontal aria-hidden="true" size={16} />
        <h2 id="graph-filter-title">{t('graph.filter.title')}</h2>
      </header>
      <div className="card__body">
        <fieldset className="graph-filter__types">
          <legend>{t('graph.filter.types')}</legend>
          {EDGE_TYPES.map((type) => (
            <label key={type} className="graph-check">
              <input
                type="checkbox"
                checked={filter.types.includes(type)}
                onChange={(event) => toggle(type, event.target.checked)}
              />
              <span
                className="graph-swatch"
                style={{ background: EDGE_COLOURS[theme][type] }}
                aria-hidden="true"
              />
              {t(`graph.edgeType.${type}`)}
            </label>
          ))}
        </fieldset>
        <div className="graph-filter__numbers">
          {numberField('maxSharedAccounts', filter.maxSharedAccounts, 2, 1000)}
          {numberField('minCounterpartyTrades', filter.minCounterpartyTrades, 1, 1000)}
          {numberField('minCoTradingOccasions', filter.minCoTradingOccasions, 2, 1000)}
          {numberField('window', windowMinutes, 1, 240)}
          <label className="graph-field">
            {t('graph.filter.from')}
            <input
              type="date"
              value={dateInput(filter.from)}
              onChange={(event) =>
                change({
                  from: event.target.value
                    ? Date.parse(`${event.target.value}T00:00:00+08:00`)
                    : null,
                })
              }
            />
          </label>
          <label className="graph-field">
            {t('graph.filter.to')}
            <input
              type="date"
              value={dateInput(
                filter.to === null || filter.to === undefined ? null : filter.to - DAY_MS + 1,
              )}
              onChange={(event) =>
                change({
                  to: event.target.value
                    ? Date.parse(`${event.target.value}T00:00:00+08:00`) + DAY_MS - 1
                    : null,
                })
              }
            />
          </label>
        </div>
        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
        <p className="graph-filter__hubs">
          {t('graph.filter.hubs', { count: hubs.length, threshold: filter.maxSharedAccounts })}
        </p>
        {hubs.length > 0 && (
          <ul className="graph-filter__hub-list">
            {hubs.slice(0, 8).map((hub) => (
              <li key={`${hub.kind}:${hub.value}`}>
                {hub.kind === 'external'
                  ? t('graph.nodeKind.external')
                  : t(`graph.identifierKind.${hub.kind}`)}{' '}
                <span className="mono">{maskHash(hub.value)}</span>{' '}
                {t('graph.filter.hubAccounts', {
                  count: hub.accounts,
                  formatted: format.number(hub.accounts),
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
