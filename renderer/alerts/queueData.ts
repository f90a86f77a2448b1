/**
 * Reads the queue's rows: the sandbox's alerts and the local detections of every current
 * generation, joined with their workflow state and annotation and with the region and broker of
 * their first account. Alerts are read a page at a time so the page never stalls on one read.
 */
import { datasetOfGeneration } from '../../shared/importer/generation';
import type { QueueRow } from '../../shared/triage/queueIndex';
import type { WorkstationDatabase } from '../db/database';
import { getDatabase } from '../db/database';
import type {
  AlertStateRecord,
  AnnotationRecord,
  DictionaryRecord,
  LocalAlertRecord,
} from '../db/records';
import { alertKey } from './alertKey';

const PAGE = 5_000;

type StoredAlert = DictionaryRecord<'alerts'> | LocalAlertRecord;

export function annotationId(dataset: string, alertId: string): string {
  return alertKey(dataset, alertId);
}

async function readPaged(
  store: WorkstationDatabase['alerts'] | WorkstationDatabase['localAlerts'],
  generation: string,
  onPage: (alerts: StoredAlert[]) => void,
): Promise<void> {
  let lastId: string | null = null;
  for (;;) {
    const lower: [string, string] = [generation, lastId ?? ''];
    const page: StoredAlert[] = await store
      .where('[dataset+id]')
      .between(lower, [generation, '\uffff'], lastId === null, true)
      .limit(PAGE)
      .toArray();
    if (page.length === 0) return;
    onPage(page);
    lastId = page[page.length - 1]?.id ?? null;
    if (page.length < PAGE) return;
    // Let the page paint and take input between pages.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

export interface WorkflowOf {
  state?: AlertStateRecord;
  annotation?: AnnotationRecord;
}

/** Applies the workstation's own workflow on top of the alert's fields. */
export function workflowFields(
  { state, annotation }: WorkflowOf,
): Pick<
  QueueRow,
  'status' | 'assignee' | 'disposition' | 'severity' | 'labelStatus' | 'tags' | 'snoozedUntil'
> {
  return {
    status: state?.status ?? 'new',
    assignee: state?.assignee ?? null,
    snoozedUntil: state?.snoozedUntil ? Date.parse(state.snoozedUntil) : Number.NaN,
    labelStatus: state?.labelStatus ?? 'none',
    disposition: annotation?.disposition ?? null,
    severity: annotation?.severity ?? null,
    tags: annotation?.tags ?? [],
  };
}

export async function loadQueueRows(
  db: WorkstationDatabase = getDatabase(),
  onProgress?: (loaded: number) => void,
): Promise<QueueRow[]> {
  const datasets = await db.datasets.toArray();
  const [states, annotations] = await Promise.all([
    db.alertStates.toArray(),
    db.annotations.toArray(),
  ]);
  const stateOf = new Map(states.map((state) => [alertKey(state.dataset, state.alertId), state]));
  const annotationOf = new Map(annotations.map((note) => [alertKey(note.dataset, note.alertId), note]));
  const rows: QueueRow[] = [];

  for (const dataset of datasets) {
    const generation = dataset.generation;
    const datasetId = datasetOfGeneration(generation);
    // By alert id: a local record that raises a sandbox alert stands in for its imported row.
    const byId = new Map<string, { alert: StoredAlert; source: QueueRow['source'] }>();
    const collect = (source: QueueRow['source']) => (page: StoredAlert[]) => {
      for (const alert of page)
        byId.set(alert.id, { alert, source: source === 'local' && 'raises' in alert && alert.raises ? 'raised' : source });
      onProgress?.(rows.length + byId.size);
    };
    await readPaged(db.alerts, generation, collect('sandbox'));
    await readPaged(db.localAlerts, generation, collect('local'));
    const pending = [...byId.values()];

    const accountIds = [...new Set(pending.map(({ alert }) => alert.accounts[0]).filter(Boolean))];
    const accountOf = new Map<string, { region: string; broker: string }>();
    for (let at = 0; at < accountIds.length; at += PAGE) {
      const keys = accountIds.slice(at, at + PAGE).map((id): [string, string] => [generation, id as string]);
      for (const account of await db.accounts.bulkGet(keys)) {
        if (account) accountOf.set(account.id, { region: account.region, broker: account.broker });
      }
    }
    for (const { alert, source } of pending) {
      const key = alertKey(datasetId, alert.id);
      const account = accountOf.get(alert.accounts[0] ?? '');
      rows.push({
        key,
        dataset: datasetId,
        id: alert.id,
        source,
        typology: alert.typology,
        score: alert.score,
        created: Date.parse(alert.created),
        summary: alert.summary,
        accounts: alert.accounts,
        instruments: alert.instruments,
        region: account?.region ?? '',
        broker: account?.broker ?? '',
        ...workflowFields({ state: stateOf.get(key), annotation: annotationOf.get(key) }),
      });
    }
  }
  return rows;
}

/** The stored alert behind a queue row, from the dataset's current generation. */
export async function loadAlert(
  dataset: string,
  alertId: string,
  db: WorkstationDatabase = getDatabase(),
): Promise<{ alert: StoredAlert; generation: string; source: QueueRow['source'] } | null> {
  const generation = (await db.datasets.get(dataset))?.generation;
  if (!generation) return null;
  const local = await db.localAlerts.get([generation, alertId]);
  if (local) return { alert: local, generation, source: local.raises ? 'raised' : 'local' };
  const sandbox = await db.alerts.get([generation, alertId]);
  return sandbox ? { alert: sandbox, generation, source: 'sandbox' } : null;
}
