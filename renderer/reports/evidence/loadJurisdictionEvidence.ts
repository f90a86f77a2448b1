/** Gathers a period's jurisdiction-wide evidence: alerts, dispositions, coverage, cases, turnover. */
import type { IsoDate } from '../../../shared/dictionary/types';
import type { JurisdictionEvidence } from '../../../shared/reports/evidence';
import { scanTable } from '../../db/chunks';
import type { WorkstationDatabase } from '../../db/database';
import { getDatabase } from '../../db/database';
import { alertKey } from './alertKeys';
import { evidenceDataset } from './datasetEvidence';
import { evidenceAnnotation } from './loadCaseEvidence';

export type ReportPeriod = { kind: 'month' | 'quarter'; year: number; index: number };

/** First and last day of a month (index 1–12) or quarter (1–4). */
export function periodDates(period: ReportPeriod): { from: IsoDate; to: IsoDate } {
  const firstMonth = period.kind === 'month' ? period.index : (period.index - 1) * 3 + 1;
  const months = period.kind === 'month' ? 1 : 3;
  const from = new Date(Date.UTC(period.year, firstMonth - 1, 1));
  const to = new Date(Date.UTC(period.year, firstMonth - 1 + months, 0));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

export async function loadJurisdictionEvidence(
  period: ReportPeriod,
  label: string,
  db: WorkstationDatabase = getDatabase(),
): Promise<JurisdictionEvidence> {
  const { from, to } = periodDates(period);
  const fromMs = Date.parse(`${from}T00:00:00+08:00`);
  const toMs = Date.parse(`${to}T23:59:59.999+08:00`);
  const datasets = await db.datasets.toArray();
  const evidence: JurisdictionEvidence = {
    period: { label, from, to },
    datasets: datasets.map(evidenceDataset),
    regions: [],
    brokers: [],
    alerts: [],
    annotations: [],
    accountTotal: 0,
    accountsByBroker: {},
    reviewedAccounts: [],
    cases: (await db.cases.toArray()).map((c) => ({
      id: c.id,
      title: c.title,
      status: c.status,
      alertCount: c.alertIds.length,
      updatedAt: c.updatedAt,
    })),
    turnoverByRegion: {},
  };
  for (const dataset of datasets) {
    const generation = dataset.generation;
    evidence.regions.push(...(await db.regions.where('dataset').equals(generation).toArray()));
    evidence.brokers.push(...(await db.brokers.where('dataset').equals(generation).toArray()));
    const accountBroker = new Map<string, string>();
    const accountRegion = new Map<string, string>();
    await db.accounts
      .where('dataset')
      .equals(generation)
      .each((account) => {
        accountBroker.set(account.id, account.broker);
        accountRegion.set(account.id, account.region);
        evidence.accountsByBroker[account.broker] =
          (evidence.accountsByBroker[account.broker] ?? 0) + 1;
      });
    evidence.accountTotal += accountBroker.size;
    const alerts = (await db.alerts.where('dataset').equals(generation).toArray()).filter((a) => {
      const at = Date.parse(a.created);
      return at >= fromMs && at <= toMs;
    });
    const notes = await db.annotations
      .where('alertId')
      .anyOf(alerts.map((a) => a.id))
      .toArray();
    const reviewed = new Set<string>();
    for (const alert of alerts) {
      const first = alert.accounts[0];
      evidence.alerts.push({
        ...alert,
        dataset: dataset.id,
        key: alertKey(dataset.id, alert.id),
        region: first !== undefined ? (accountRegion.get(first) ?? null) : null,
        broker: first !== undefined ? (accountBroker.get(first) ?? null) : null,
      });
      const note = notes.find(
        (n) => n.alertId === alert.id && (n.dataset === dataset.id || n.dataset === generation),
      );
      if (!note) continue;
      evidence.annotations.push(evidenceAnnotation(note, dataset.id));
      if (note.disposition !== null) for (const account of alert.accounts) reviewed.add(account);
    }
    for (const account of [...reviewed].sort())
      evidence.reviewedAccounts.push({ id: account, broker: accountBroker.get(account) ?? '' });
    await scanTable(
      generation,
      'region_metrics',
      (view) => {
        for (let i = 0; i < view.rows; i++) {
          const row = view.row(i) as unknown as {
            region: string;
            date: string;
            metric: string;
            value: number;
          };
          if (row.metric !== 'turnover' || row.date < from || row.date > to) continue;
          evidence.turnoverByRegion[row.region] =
            (evidence.turnoverByRegion[row.region] ?? 0) + row.value;
        }
      },
      db,
    );
  }
  return evidence;
}
