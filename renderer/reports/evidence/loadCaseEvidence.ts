/**
 * Gathers a case's evidence from the database: its alerts and their annotations, the accounts'
 * rows, and their trades, transfers and identifiers read from the columnar chunks of
 * each dataset's current generation.
 */
import type {
  CaseEvidence,
  CollectedSnapshot,
  EvidenceAlert,
  EvidenceAnnotation,
} from '../../../shared/reports/evidence';
import type { WorkstationDatabase } from '../../db/database';
import { getDatabase } from '../../db/database';
import type { AnnotationRecord, DatasetRecord } from '../../db/records';
import { alertKey, parseAccountKey, parseAlertKey } from './alertKeys';
import { evidenceDataset } from './datasetEvidence';
import type { ChunkRowsReader } from './rowsForAccounts';
import { rowsForAccounts, rowsForInstruments } from './rowsForAccounts';

/** `push(...rows)` passes every row as an argument: a worker's smaller stack overflows on 100k. */
function append<T>(target: T[], rows: readonly T[]): void {
  for (const row of rows) target.push(row);
}

function byId<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

export function evidenceAnnotation(note: AnnotationRecord, dataset: string): EvidenceAnnotation {
  return {
    alertKey: alertKey(dataset, note.alertId),
    disposition: note.disposition,
    severity: note.severity,
    typology: note.typology,
    note: note.note,
    author: note.author,
    updatedAt: note.updatedAt,
  };
}

export async function loadCaseEvidence(
  caseId: string,
  db: WorkstationDatabase = getDatabase(),
  /** A second reader to decode half of the trade chunks on another core. */
  share?: ChunkRowsReader,
): Promise<CaseEvidence> {
  const [record, allDatasets, collected] = await Promise.all([
    db.cases.get(caseId),
    db.datasets.toArray(),
    db.evidence.where('caseId').equals(caseId).sortBy('createdAt'),
  ]);
  if (!record) throw new RangeError(`No case "${caseId}" in the database.`);
  const datasets = new Map(allDatasets.map((d) => [d.id, d]));
  const keys = record.alertIds.map(parseAlertKey);
  const caseAlerts = new Set(record.alertIds);
  const notesRead = db.annotations
    .where('alertId')
    .anyOf(keys.map((k) => k.alertId))
    .toArray();
  const used = new Map<string, DatasetRecord>();
  const alerts: EvidenceAlert[] = [];
  const members = record.accountIds.map(parseAccountKey);
  for (const key of [...keys, ...members]) {
    const dataset = key.dataset === null ? undefined : datasets.get(key.dataset);
    if (!dataset) continue;
    used.set(dataset.id, dataset);
  }
  const memberIds = [...new Set(members.map((member) => member.accountId))];
  const stored = await db.alerts.bulkGet(
    keys.flatMap((key) => {
      const dataset = datasets.get(key.dataset);
      return dataset ? [[dataset.generation, key.alertId] as [string, string]] : [];
    }),
  );
  for (const alert of stored) {
    if (!alert) continue;
    const dataset = [...used.values()].find((d) => d.generation === alert.dataset)!;
    alerts.push({ ...alert, dataset: dataset.id, key: alertKey(dataset.id, alert.id) });
  }
  const annotations = (await notesRead).flatMap((note) => {
    const dataset = [...used.values()].find(
      (d) => d.id === note.dataset || d.generation === note.dataset,
    );
    return dataset && caseAlerts.has(alertKey(dataset.id, note.alertId))
      ? [evidenceAnnotation(note, dataset.id)]
      : [];
  });

  const accountIds = [...new Set([...memberIds, ...alerts.flatMap((a) => a.accounts)])].sort();
  const instrumentCodes = [...new Set(alerts.flatMap((a) => a.instruments))].sort();
  const times = alerts.flatMap((a) => [Date.parse(a.window.from), Date.parse(a.window.to)]);
  const range = times.length > 0 ? { from: Math.min(...times), to: Math.max(...times) } : {};

  // Map, chart and graph snapshots the examiner collected into the case (row selections are not pictures).
  const snapshots = collected.flatMap((item): CollectedSnapshot[] =>
    item.kind !== 'rows' && item.image
      ? [
          {
            id: item.id,
            kind: item.kind,
            title: item.title,
            image: item.image,
            provenance: item.provenance,
            createdAt: item.createdAt,
            createdBy: item.createdBy,
          },
        ]
      : [],
  );

  const evidence: CaseEvidence = {
    snapshots,
    case: {
      id: record.id,
      title: record.title,
      status: record.status,
      owner: record.owner,
      createdAt: record.createdAt,
      accountIds: memberIds,
    },
    datasets: [...used.values()].map(evidenceDataset),
    alerts,
    annotations,
    accounts: [],
    brokers: [],
    regions: [],
    instruments: [],
    trades: [],
    transfers: [],
    identifiers: [],
    marketBars: [],
    events: [],
    insiders: [],
    rules: [],
  };
  const instrumentSet = new Set(instrumentCodes);
  // Every read below depends only on the alerts and members, so they all run at once.
  const perDataset = await Promise.all(
    [...used.values()].map(async ({ generation }) => {
      const keysOf = (ids: readonly string[]) =>
        ids.map((id) => [generation, id] as [string, string]);
      const present = <T>(rows: (T | undefined)[]) => rows.filter((row) => row !== undefined);
      const rowsOfAccounts = (async () => {
        const accounts = present(await db.accounts.bulkGet(keysOf(accountIds)));
        const [brokers, regions] = await Promise.all([
          db.brokers.bulkGet(keysOf([...new Set(accounts.map((a) => a.broker))])),
          db.regions.bulkGet(keysOf([...new Set(accounts.map((a) => a.region))])),
        ]);
        return { accounts, brokers: present(brokers), regions: present(regions) };
      })();
      const eventsAndInsiders = (async () => {
        const events = (
          await db.events.where('instrument').anyOf(instrumentCodes).toArray()
        ).filter((e) => e.dataset === generation);
        const insiders = (
          await db.insiders
            .where('event')
            .anyOf(events.map((e) => e.id))
            .toArray()
        ).filter((i) => i.dataset === generation);
        return { events, insiders };
      })();
      const [ofAccounts, instruments, trades, transfers, identifiers, bars, ofEvents, rules] =
        await Promise.all([
          rowsOfAccounts,
          db.instruments.bulkGet(keysOf(instrumentCodes)).then(present),
          rowsForAccounts(generation, 'trades', accountIds, range, db, instrumentSet, share),
          rowsForAccounts(generation, 'transfers', accountIds, {}, db),
          rowsForAccounts(generation, 'identifiers', accountIds, {}, db),
          rowsForInstruments(generation, 'market_bars', instrumentSet, db),
          eventsAndInsiders,
          db.rules.where('dataset').equals(generation).toArray(),
        ]);
      return {
        ...ofAccounts,
        ...ofEvents,
        instruments,
        trades,
        transfers,
        identifiers,
        bars,
        rules,
      };
    }),
  );
  for (const read of perDataset) {
    append(evidence.accounts, read.accounts);
    append(evidence.brokers, read.brokers);
    append(evidence.regions, read.regions);
    append(evidence.instruments, read.instruments);
    append(evidence.trades, read.trades);
    append(evidence.marketBars, read.bars);
    append(evidence.transfers, read.transfers);
    append(evidence.identifiers, read.identifiers);
    append(evidence.events, read.events);
    append(evidence.insiders, read.insiders);
    append(evidence.rules, read.rules);
  }
  // One dataset's rows are unique and in time order already; several datasets may overlap.
  if (used.size > 1) {
    evidence.trades = byId(evidence.trades).sort((a, b) => Date.parse(a.ts) - Date.parse(b.ts));
  }
  evidence.transfers = byId(evidence.transfers);
  return evidence;
}
