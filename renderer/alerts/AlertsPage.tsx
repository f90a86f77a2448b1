import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { BellOff, Hourglass, UserRound } from 'lucide-react';
import type { TriageDisposition } from '../../shared/triage/disposition';
import { reasonCodesOf, TRIAGE_DISPOSITIONS } from '../../shared/triage/disposition';
import type { AlertStatus, LifecycleAction, StatusReason } from '../../shared/triage/lifecycle';
import { ALERT_STATUSES, STATUS_REASONS } from '../../shared/triage/lifecycle';
import type { QueueFilter, QuerySort, SortKey } from '../../shared/triage/queueIndex';
import { NoDatasetState } from '../datasets/NoDatasetState';
import { useDatasets } from '../datasets/useDatasets';
import { getDatabase } from '../db/database';
import { useNow } from '../app/useNow';
import { useFormat } from '../i18n/useFormat';
import { EmptyState } from '../shell/EmptyState';
import { Loading } from '../shell/Loading';
import { PageIntro } from '../shell/PageIntro';
import { lockWorkstation } from '../users/workstationLock';
import { useSessionUser, useUserNames, useUsers } from '../users/useUsers';
import { AlertDetail } from './AlertDetail';
import { AlertQueueTable } from './AlertQueueTable';
import { chinaDate } from './chinaDate';
import { ChoiceDialog } from './ChoiceDialog';
import { DetectionPanel } from './detection/DetectionPanel';
import { FeedbackExportButton } from './FeedbackExportButton';
import { RankingBar } from './learning/RankingBar';
import { reviewNextRow } from './learning/reviewNextRow';
import { useRiskRanking } from './learning/useRiskRanking';
import { QueueFilters } from './QueueFilters';
import { SavedViews } from './SavedViews';
import type { QueryFilterSort } from './savedViewStore';
import { SnoozeUntilDate } from './SnoozeUntilDate';
import { TriageShortcutSheet } from './TriageShortcutSheet';
import type { TriageCommand } from './triageKeys';
import { isTextEntry, triageCommand } from './triageKeys';
import {
  assignAlerts,
  setDisposition,
  snoozeAlerts,
  transitionAlert,
  TriageError,
} from './triageStore';
import { useAlertQueue } from './useAlertQueue';
import { useNames } from './useNames';
import './alerts.css';

type Dialog =
  | { kind: 'pick-disposition' }
  | { kind: 'disposition'; disposition: TriageDisposition }
  | { kind: 'lifecycle'; action: Exclude<LifecycleAction, 'start_review'> }
  | { kind: 'assign' }
  | { kind: 'snooze' }
  | { kind: 'shortcuts' };

// The risk model's order (renderer/alerts/learning), which is the score order until it has labels.
const DEFAULT_SORT: QuerySort = { key: 'risk', descending: true };
const DAY = 86_400_000;

export function AlertsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const datasets = useDatasets();
  const user = useSessionUser();
  const users = useUsers();
  const userName = useUserNames();
  const names = useNames();
  const [filter, setQueueFilter] = useState<QueueFilter>({});
  const [sort, setSort] = useState<QuerySort>(DEFAULT_SORT);
  const now = useNow();
  const ranking = useRiskRanking();
  const queue = useAlertQueue(filter, sort, now, ranking.result);
  // Label governance: dispositions a second user has yet to confirm before they may train.
  const awaitingLabels = useLiveQuery(
    () => getDatabase().alertStates.where('labelStatus').equals('awaiting').count(),
    [],
  );
  const linked = params.get('alert');
  // The cursor is an alert, not a position, so it stays on its alert when the list re-sorts.
  const [currentKey, setCurrentKey] = useState<string | null>(linked);
  // Where the cursor was last put: when its alert leaves the list (triaged out of a status tab,
  // snoozed), the cursor stays at that position, on the alert that moved up into it.
  const [lastPosition, setLastPosition] = useState(0);
  // A new filter starts the cursor from the top when its alert is not in the new list.
  const setFilter = useCallback((next: QueueFilter) => {
    setQueueFilter(next);
    setLastPosition(0);
  }, []);
  const [anchor, setAnchor] = useState<number | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const detailRef = useRef<HTMLDivElement>(null);

  const rows = queue?.result.rows;
  const keyAt = useCallback(
    (position: number) => {
      if (!queue || !rows || position < 0 || position >= rows.length) return null;
      return queue.index.row(rows[position] as number).key;
    },
    [queue, rows],
  );
  // The current alert's position in the list, -1 when the list does not hold it.
  const found = useMemo(() => {
    if (!queue || !rows || currentKey === null) return -1;
    const rowNumber = queue.index.indexOf(currentKey);
    return rowNumber === undefined ? -1 : rows.indexOf(rowNumber);
  }, [queue, rows, currentKey]);
  if (found >= 0 && found !== lastPosition) setLastPosition(found);
  const cursor = found >= 0 ? found : Math.max(0, Math.min(lastPosition, (rows?.length ?? 1) - 1));
  const cursorKey = keyAt(cursor);
  // Pin the first alert opened, so a queue re-read (a local detection run) cannot swap it.
  if (currentKey === null && cursorKey !== null) setCurrentKey(cursorKey);
  // The open alert: the one under the cursor, or a linked one the filters hide.
  const openKey = currentKey !== null && queue?.index.indexOf(currentKey) === undefined ? currentKey : cursorKey;

  const moveTo = useCallback(
    (position: number) => {
      const key = keyAt(position);
      if (!key) return;
      setCurrentKey(key);
      setParams({ alert: key }, { replace: true });
    },
    [keyAt, setParams],
  );

  /** The alerts an action applies to: the selection, else the alert open. */
  const targets = useCallback((): string[] => {
    if (selected.size > 0) return [...selected];
    return openKey ? [openKey] : [];
  }, [selected, openKey]);

  const report = useCallback(
    (error: unknown) => {
      const text =
        error instanceof TriageError ? t(`alerts.problems.${error.problem}`) : String(error);
      setMessage({ text, error: true });
    },
    [t],
  );

  const run = useCallback(
    async (work: () => Promise<string>) => {
      try {
        setMessage({ text: await work(), error: false });
      } catch (error) {
        report(error);
      }
    },
    [report],
  );

  const needUser = useCallback(() => {
    if (user) return user;
    setMessage({ text: t('users.noUserBody'), error: true });
    return null;
  }, [user, t]);

  const runCommand = useCallback(
    (command: TriageCommand) => {
      const length = rows?.length ?? 0;
      switch (command.kind) {
        case 'move': {
          if (length === 0) return;
          const next = Math.min(length - 1, Math.max(0, cursor + command.by));
          if (command.extend) {
            const from = anchor ?? cursor;
            setAnchor(from);
            const [low, high] = from < next ? [from, next] : [next, from];
            const range = new Set<string>();
            for (let at = low; at <= high; at += 1) {
              const key = keyAt(at);
              if (key) range.add(key);
            }
            setSelected(range);
          } else {
            setAnchor(null);
          }
          moveTo(next);
          return;
        }
        case 'toggle-select': {
          if (!cursorKey) return;
          const next = new Set(selected);
          if (next.has(cursorKey)) next.delete(cursorKey);
          else next.add(cursorKey);
          setSelected(next);
          setAnchor(cursor);
          return;
        }
        case 'open':
          detailRef.current?.focus();
          return;
        case 'disposition':
          if (needUser() && targets().length > 0)
            setDialog({ kind: 'disposition', disposition: command.disposition });
          return;
        case 'pick-disposition':
          if (needUser() && targets().length > 0) setDialog({ kind: 'pick-disposition' });
          return;
        case 'start-review': {
          const actor = needUser();
          if (!actor || !openKey) return;
          void run(async () => {
            await transitionAlert(openKey, 'start_review', null, actor);
            return t('alerts.done.start_review');
          });
          return;
        }
        case 'escalate':
        case 'close':
        case 'reopen':
          if (needUser() && targets().length > 0)
            setDialog({ kind: 'lifecycle', action: command.kind });
          return;
        case 'assign':
          if (needUser() && targets().length > 0) setDialog({ kind: 'assign' });
          return;
        case 'assign-me': {
          const actor = needUser();
          const keys = targets();
          if (!actor || keys.length === 0) return;
          void run(async () => {
            await assignAlerts(keys, actor.id, actor);
            return t('alerts.done.assigned', { count: keys.length, name: actor.name });
          });
          return;
        }
        case 'note':
          noteRef.current?.focus();
          return;
        case 'snooze':
          if (needUser() && targets().length > 0) setDialog({ kind: 'snooze' });
          return;
        case 'graph':
          if (openKey) void navigate(`/graph?alert=${encodeURIComponent(openKey)}`);
          return;
        case 'search':
          searchRef.current?.focus();
          return;
        case 'shortcuts':
          setDialog({ kind: 'shortcuts' });
          return;
        case 'clear-selection':
          setSelected(new Set());
          setAnchor(null);
          return;
        case 'review-next': {
          if (!queue || !rows) return;
          const source = ranking.result?.status === 'trained' ? 'model' : 'score';
          const row = reviewNextRow(queue.index, rows, source);
          if (row === null) {
            setMessage({ text: t('learning.order.nothingToReview'), error: false });
            return;
          }
          const picked = queue.index.row(row);
          const risk = (queue.index.risk[row] as number).toFixed(2);
          setSelected(new Set());
          setAnchor(null);
          moveTo(rows.indexOf(row));
          setMessage({
            text: t(source === 'model' ? 'learning.order.opened' : 'learning.order.openedCold', { id: picked.id, risk }),
            error: false,
          });
          return;
        }
      }
    },
    [rows, cursor, anchor, keyAt, moveTo, cursorKey, selected, needUser, targets, openKey, run, t, navigate, queue, ranking.result],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (dialog || event.defaultPrevented || isTextEntry(event.target)) return;
      if (document.querySelector('dialog[open], .lock-screen, .privacy-screen')) return;
      const command = triageCommand(event);
      if (!command) return;
      // Enter on a focused button or link keeps its own meaning.
      if (command.kind === 'open' && event.target instanceof HTMLElement && event.target.closest('button, a'))
        return;
      event.preventDefault();
      runCommand(command);
    };
    // Capture, so `?` opens the triage sheet here instead of the app-wide one.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [dialog, runCommand]);

  const closeDialog = useCallback(() => setDialog(null), []);
  const dialogTargets = targets();
  const subject = t('alerts.targets', { count: dialogTargets.length });

  const chooseReason = useCallback(
    (reason: string) => {
      const current = dialog;
      setDialog(null);
      const actor = needUser();
      if (!actor || !current) return;
      const keys = targets();
      if (current.kind === 'disposition') {
        void run(async () => {
          await setDisposition(keys, current.disposition, reason, actor);
          return t('alerts.done.disposition', {
            count: keys.length,
            disposition: t(`alerts.disposition.${current.disposition}`),
          });
        });
      } else if (current.kind === 'lifecycle') {
        void run(async () => {
          let waiting = 0;
          for (const key of keys) {
            const outcome = await transitionAlert(key, current.action, reason, actor);
            if (!outcome.applied) waiting += 1;
          }
          return waiting > 0
            ? t('alerts.done.awaitingReview', {
                count: waiting,
                action: t(`alerts.actions.${current.action}`),
              })
            : t(`alerts.done.${current.action}`);
        });
      }
    },
    [dialog, needUser, targets, run, t],
  );

  const chooseAssignee = useCallback(
    (value: string) => {
      setDialog(null);
      const actor = needUser();
      if (!actor) return;
      const keys = targets();
      const assignee = value === '-' ? null : value;
      void run(async () => {
        await assignAlerts(keys, assignee, actor);
        return assignee
          ? t('alerts.done.assigned', { count: keys.length, name: userName(assignee) })
          : t('alerts.done.unassigned', { count: keys.length });
      });
    },
    [needUser, targets, run, t, userName],
  );

  const chooseSnooze = useCallback(
    (value: string) => {
      setDialog(null);
      const actor = needUser();
      if (!actor) return;
      const keys = targets();
      // A quick choice counts days from now; a picked date snoozes until that day begins in Beijing.
      const until =
        value === 'wake'
          ? null
          : value.startsWith('date:')
            ? new Date(`${value.slice(5)}T00:00:00+08:00`).toISOString()
            : new Date(Date.now() + Number(value) * DAY).toISOString();
      void run(async () => {
        await snoozeAlerts(keys, until, actor);
        return until
          ? t('alerts.done.snoozed', { count: keys.length, date: format.marketTime(until) })
          : t('alerts.done.woken', { count: keys.length });
      });
    },
    [needUser, targets, run, t, format],
  );

  const onSort = useCallback((key: SortKey) => {
    setSort((current) =>
      current.key === key ? { key, descending: !current.descending } : { key, descending: key === 'risk' || key === 'score' || key === 'created' },
    );
  }, []);

  const onRowClick = useCallback(
    (position: number, mode: 'single' | 'range' | 'toggle') => {
      const key = keyAt(position);
      if (!key) return;
      if (mode === 'toggle') {
        const next = new Set(selected);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        setSelected(next);
        setAnchor(position);
      } else if (mode === 'range') {
        const from = anchor ?? cursor;
        const [low, high] = from < position ? [from, position] : [position, from];
        const range = new Set<string>();
        for (let at = low; at <= high; at += 1) {
          const rowKey = keyAt(at);
          if (rowKey) range.add(rowKey);
        }
        setSelected(range);
      } else {
        setAnchor(position);
      }
      moveTo(position);
    },
    [keyAt, selected, anchor, cursor, moveTo],
  );

  const facets = useMemo(() => queue?.index.facets() ?? { regions: [], brokers: [], assignees: [] }, [queue]);
  const statusFilter = filter.statuses?.[0];
  const awaitingOnly = filter.label === 'awaiting';
  const toggleAwaiting = () => {
    const next = { ...filter };
    if (awaitingOnly) delete next.label;
    else next.label = 'awaiting';
    setFilter(next);
  };
  const setStatus = (status: AlertStatus | undefined) => {
    const next = { ...filter };
    if (status) next.statuses = [status];
    else delete next.statuses;
    setFilter(next);
  };

  if (!datasets || queue === undefined) return <Loading />;
  if (datasets.length === 0)
    return (
      <>
        <PageIntro page="alerts" />
        <NoDatasetState />
      </>
    );
  const detection = <DetectionPanel datasets={datasets} user={user ?? null} />;
  if (queue === null)
    return (
      <>
        <PageIntro page="alerts" />
        {detection}
        <div className="card">
          <EmptyState icon={BellOff} title={t('alerts.emptyTitle')}>
            <p>{t('alerts.emptyBody')}</p>
          </EmptyState>
        </div>
      </>
    );

  const { result } = queue;
  const total = Object.values(result.statusCounts).reduce((sum, count) => sum + count, 0);
  const lifecycleReasons =
    dialog?.kind === 'lifecycle' ? (STATUS_REASONS[dialog.action] as readonly StatusReason[]) : [];

  return (
    <>
      <PageIntro page="alerts" />
      {user === null && (
        <div className="triage-banner" role="note">
          <UserRound aria-hidden="true" size={16} />
          <span>{t('users.noUserBody')}</span>
          <button type="button" className="button" onClick={lockWorkstation}>
            {t('users.chooseUser')}
          </button>
        </div>
      )}
      {detection}
      <div className="triage">
        <section className="card triage__queue" aria-labelledby="triage-queue-title">
          <header className="card__header triage__queue-header">
            <h2 id="triage-queue-title">{t('alerts.queue.title')}</h2>
            <SavedViews filter={filter} sort={sort} user={user ?? null} onApply={(view: QueryFilterSort) => {
              setFilter(view.filter);
              setSort(view.sort);
            }} />
            <FeedbackExportButton />
            <button type="button" className="button" onClick={() => setDialog({ kind: 'shortcuts' })}>
              <kbd>?</kbd> {t('alerts.keys.title')}
            </button>
          </header>
          <QueueFilters
            filter={filter}
            onChange={setFilter}
            facets={facets}
            regionName={names.region}
            brokerName={names.broker}
            users={users ?? []}
            searchRef={searchRef}
          />
          <RankingBar
            ranking={ranking}
            sortedByRisk={sort.key === 'risk'}
            onSortByRisk={() => setSort(DEFAULT_SORT)}
            onReviewNext={() => runCommand({ kind: 'review-next' })}
          />
          <div className="status-tabs" role="group" aria-label={t('alerts.statusTabs')}>
            <button
              type="button"
              className="status-tab"
              aria-pressed={statusFilter === undefined}
              onClick={() => setStatus(undefined)}
            >
              {t('alerts.allStatuses')} <span className="status-tab__count">{format.number(total)}</span>
            </button>
            {ALERT_STATUSES.map((status) => (
              <button
                key={status}
                type="button"
                className="status-tab"
                aria-pressed={statusFilter === status}
                onClick={() => setStatus(status)}
              >
                {t(`alerts.status.${status}`)}{' '}
                <span className="status-tab__count">{format.number(result.statusCounts[status])}</span>
              </button>
            ))}
            <button
              type="button"
              className="status-tab status-tab--awaiting"
              aria-pressed={awaitingOnly}
              onClick={toggleAwaiting}
              title={t('alerts.awaitingLabels.hint')}
            >
              <Hourglass aria-hidden="true" size={12} /> {t('alerts.labelAwaiting')}{' '}
              <span className="status-tab__count">{format.number(awaitingLabels ?? 0)}</span>
            </button>
          </div>
          {selected.size > 0 && (
            <div className="bulk-bar" role="group" aria-label={t('alerts.bulk.label')}>
              <span>{t('alerts.targets', { count: selected.size })}</span>
              <button type="button" className="button" onClick={() => runCommand({ kind: 'pick-disposition' })}>
                {t('alerts.bulk.disposition')}
              </button>
              <button type="button" className="button" onClick={() => runCommand({ kind: 'assign' })}>
                {t('alerts.keys.assign')}
              </button>
              <button type="button" className="button" onClick={() => runCommand({ kind: 'snooze' })}>
                {t('alerts.keys.snooze')}
              </button>
              <button type="button" className="button" onClick={() => runCommand({ kind: 'escalate' })}>
                {t('alerts.keys.escalate')}
              </button>
              <button type="button" className="button" onClick={() => runCommand({ kind: 'close' })}>
                {t('alerts.keys.close')}
              </button>
              <button type="button" className="button" onClick={() => runCommand({ kind: 'clear-selection' })}>
                {t('alerts.keys.clearSelection')}
              </button>
            </div>
          )}
          {result.rows.length === 0 ? (
            <p className="triage__none">{t('alerts.noMatch')}</p>
          ) : (
            <AlertQueueTable
              index={queue.index}
              rows={result.rows}
              cursor={cursor}
              selected={selected}
              sort={sort}
              now={now}
              userName={userName}
              onSort={onSort}
              onRowClick={onRowClick}
            />
          )}
          <footer className="card__footer triage__footer">
            <span>{t('alerts.total', { count: queue.index.size })}</span>
            <span>{t('alerts.shown', { shown: format.number(result.rows.length) })}</span>
          </footer>
        </section>
        <div className="triage__detail" ref={detailRef} tabIndex={-1} aria-label={t('alerts.detail.label')} role="region">
          {message && (
            <p className={message.error ? 'triage-message triage-message--error' : 'triage-message'} role="status">
              {message.text}
            </p>
          )}
          {openKey ? (
            <AlertDetail
              alertKey={openKey}
              user={user ?? null}
              noteRef={noteRef}
              onProblem={report}
              onCommand={runCommand}
            />
          ) : (
            <p className="muted">{t('alerts.detail.none')}</p>
          )}
        </div>
      </div>

      <ChoiceDialog
        open={dialog?.kind === 'pick-disposition'}
        title={t('alerts.dialogs.pickDisposition')}
        subject={subject}
        choices={TRIAGE_DISPOSITIONS.map((disposition) => ({
          value: disposition,
          label: t(`alerts.disposition.${disposition}`),
        }))}
        onChoose={(value) => setDialog({ kind: 'disposition', disposition: value as TriageDisposition })}
        onClose={closeDialog}
      />
      <ChoiceDialog
        open={dialog?.kind === 'disposition'}
        title={
          dialog?.kind === 'disposition'
            ? t('alerts.dialogs.reasonFor', { disposition: t(`alerts.disposition.${dialog.disposition}`) })
            : ''
        }
        subject={subject}
        choices={(dialog?.kind === 'disposition' ? reasonCodesOf(dialog.disposition) : []).map(
          (code) => ({ value: code, label: t(`alerts.reasons.${code}`) }),
        )}
        onChoose={chooseReason}
        onClose={closeDialog}
      />
      <ChoiceDialog
        open={dialog?.kind === 'lifecycle'}
        title={dialog?.kind === 'lifecycle' ? t(`alerts.dialogs.${dialog.action}`) : ''}
        subject={subject}
        choices={lifecycleReasons.map((code) => ({
          value: code,
          label: t(`alerts.statusReasons.${code}`),
        }))}
        onChoose={chooseReason}
        onClose={closeDialog}
      />
      <ChoiceDialog
        open={dialog?.kind === 'assign'}
        title={t('alerts.dialogs.assign')}
        subject={subject}
        choices={[
          ...(users ?? []).slice(0, 8).map((candidate) => ({
            value: candidate.id,
            label: `${candidate.name} · ${t(`users.roles.${candidate.role}`)}`,
          })),
          { value: '-', label: t('alerts.filters.unassigned') },
        ]}
        onChoose={chooseAssignee}
        onClose={closeDialog}
      />
      <ChoiceDialog
        open={dialog?.kind === 'snooze'}
        title={t('alerts.dialogs.snooze')}
        subject={subject}
        choices={[
          { value: '1', label: t('alerts.snoozeFor.day') },
          { value: '3', label: t('alerts.snoozeFor.days', { count: 3 }) },
          { value: '7', label: t('alerts.snoozeFor.days', { count: 7 }) },
          { value: '30', label: t('alerts.snoozeFor.days', { count: 30 }) },
          { value: 'wake', label: t('alerts.snoozeFor.wake') },
        ]}
        onChoose={chooseSnooze}
        onClose={closeDialog}
      >
        <SnoozeUntilDate today={chinaDate(now)} onChoose={(date) => chooseSnooze(`date:${date}`)} />
      </ChoiceDialog>
      <TriageShortcutSheet open={dialog?.kind === 'shortcuts'} onClose={closeDialog} />
    </>
  );
}
