import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ArrowDown, ArrowUp, Check, Clock, Cpu } from 'lucide-react';
import type { QueueIndex, QueueRow, QuerySort, SortKey } from '../../shared/triage/queueIndex';
import { chinaDate } from './chinaDate';

const ROW_HEIGHT = 34;

interface AlertQueueTableProps {
  index: QueueIndex;
  rows: Uint32Array;
  cursor: number;
  selected: ReadonlySet<string>;
  sort: QuerySort;
  now: number;
  userName: (id: string | null) => string;
  onSort: (key: SortKey) => void;
  /** A row was clicked: plain, with Shift (range) or with Ctrl/⌘ (toggle). */
  onRowClick: (position: number, mode: 'single' | 'range' | 'toggle') => void;
}

const COLUMNS: { key: SortKey | null; id: string; className: string }[] = [
  { key: null, id: 'selected', className: 'queue__cell--check' },
  { key: 'risk', id: 'risk', className: 'queue__cell--risk numeric' },
  { key: 'score', id: 'score', className: 'queue__cell--score numeric' },
  { key: 'typology', id: 'typology', className: 'queue__cell--typology' },
  { key: 'id', id: 'id', className: 'queue__cell--id' },
  { key: 'status', id: 'status', className: 'queue__cell--status' },
  { key: 'created', id: 'created', className: 'queue__cell--created' },
  { key: 'assignee', id: 'assignee', className: 'queue__cell--assignee' },
  { key: null, id: 'label', className: 'queue__cell--label' },
];

/**
 * The alert queue: only the rows in view (plus a few) exist in the DOM, so tens of thousands of
 * alerts scroll like a short list. Keyboard triage runs on the page; this draws the cursor.
 */
export function AlertQueueTable({
  index,
  rows,
  cursor,
  selected,
  sort,
  now,
  userName,
  onSort,
  onRowClick,
}: AlertQueueTableProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns a mutable instance the React compiler cannot memoise; it is meant to.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Let React batch scroll updates instead of rendering synchronously inside each scroll event.
    useFlushSync: false,
  });

  useEffect(() => {
    if (cursor >= 0 && cursor < rows.length) virtualizer.scrollToIndex(cursor, { align: 'auto' });
  }, [cursor, rows, virtualizer]);
  const items = virtualizer.getVirtualItems();

  return (
    <div
      className="queue"
      role="table"
      aria-label={t('alerts.queue.label')}
      aria-rowcount={rows.length + 1}
    >
      <div className="queue__header" role="rowgroup">
        <div className="queue__row queue__row--header" role="row" aria-rowindex={1}>
          {COLUMNS.map((column) => {
            const active = column.key !== null && sort.key === column.key;
            return (
              <div
                key={column.id}
                role="columnheader"
                className={`queue__cell ${column.className}`}
                aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
              >
                {column.key === null ? (
                  <span className={column.id === 'selected' ? 'visually-hidden' : undefined}>
                    {t(`alerts.columns.${column.id as 'selected' | 'label'}`)}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="queue__sort"
                    onClick={() => onSort(column.key as SortKey)}
                  >
                    {t(`alerts.columns.${column.key}`)}
                    {active &&
                      (sort.descending ? (
                        <ArrowDown aria-hidden="true" size={12} />
                      ) : (
                        <ArrowUp aria-hidden="true" size={12} />
                      ))}
                  </button>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div className="queue__scroller" ref={scroller} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = index.row(rows[item.index] as number);
            return (
              <QueueRowView
                // Keyed by slot, not by alert: a row scrolled out hands its DOM to the row
                // scrolling in (text and attributes change) instead of being torn down and
                // rebuilt, which at a fast scroll was every row on every frame. The items are
                // consecutive positions, so their remainders by the count are all distinct.
                key={item.index % items.length}
                t={t}
                position={item.index}
                top={item.start}
                row={row}
                risk={index.risk[rows[item.index] as number] as number}
                now={now}
                current={item.index === cursor}
                selected={selected.has(row.key)}
                assignee={userName(row.assignee)}
                onRowClick={onRowClick}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface QueueRowViewProps {
  /** The table's translation function: one `useTranslation` per row cost more than the row. */
  t: TFunction;
  position: number;
  top: number;
  /** The row as the index holds it now: triage replaces the object, which re-renders the row. */
  row: QueueRow;
  /** The risk model's estimate (the score until the model ranks the queue). */
  risk: number;
  now: number;
  current: boolean;
  selected: boolean;
  assignee: string;
  onRowClick: AlertQueueTableProps['onRowClick'];
}

/** One row; memoised, so scrolling renders only the rows that come into view. */
const QueueRowView = memo(function QueueRowView({
  t,
  position,
  top,
  row,
  risk,
  now,
  current,
  selected,
  assignee,
  onRowClick,
}: QueueRowViewProps) {
  const onClick = (event: MouseEvent) =>
    onRowClick(
      position,
      event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'single',
    );
  const snoozed = row.snoozedUntil > now;
  return (
    <div
      role="row"
      aria-rowindex={position + 2}
      aria-selected={selected}
      aria-current={current ? 'true' : undefined}
      data-alert={row.key}
      className={`queue__row${current ? ' queue__row--current' : ''}${selected ? ' queue__row--selected' : ''}`}
      // A row's size never depends on its text, so a row whose text changes is laid out and
      // painted alone (each scroll frame changes the text of every row that came into view).
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={onClick}
    >
      <div role="cell" className="queue__cell queue__cell--check">
        {selected && <Check aria-label={t('alerts.columns.selected')} size={14} />}
      </div>
      <div role="cell" className="queue__cell queue__cell--risk numeric">
        {risk.toFixed(2)}
      </div>
      <div role="cell" className="queue__cell queue__cell--score numeric">
        <span
          className={`score score--${row.score >= 0.8 ? 'high' : row.score >= 0.6 ? 'mid' : 'low'}`}
        >
          {row.score.toFixed(2)}
        </span>
      </div>
      <div
        role="cell"
        className="queue__cell queue__cell--typology"
        title={t(`typology.${row.typology}`)}
      >
        {t(`typology.${row.typology}`)}
      </div>
      <div role="cell" className="queue__cell queue__cell--id mono" title={row.id}>
        {row.source !== 'sandbox' && (
          <Cpu
            aria-label={
              row.source === 'local' ? t('alerts.localDetection') : t('alerts.source.raised')
            }
            size={12}
            className={`queue__local queue__local--${row.source}`}
          />
        )}
        {row.id}
      </div>
      <div role="cell" className="queue__cell queue__cell--status">
        <span className={`status-pill status-pill--${row.status}`}>
          {t(`alerts.status.${row.status}`)}
        </span>
        {snoozed && <Clock aria-label={t('alerts.snoozed')} size={12} />}
      </div>
      <div role="cell" className="queue__cell queue__cell--created">
        {chinaDate(row.created)}
      </div>
      <div role="cell" className="queue__cell queue__cell--assignee">
        {assignee}
      </div>
      <div role="cell" className="queue__cell queue__cell--label">
        {row.disposition && (
          <span className={`label-pill label-pill--${row.labelStatus}`}>
            {t(`alerts.disposition.${row.disposition}`)}
            {row.labelStatus === 'awaiting' && (
              <span className="visually-hidden">{t('alerts.labelAwaiting')}</span>
            )}
          </span>
        )}
      </div>
    </div>
  );
});
