/**
 * Builds the overview cube of one generation from the database: the small row stores whole,
 * accounts a page at a time, trades and region metrics chunk by chunk; its alerts are the
 * queue's, the sandbox's with the local detections'. Runs in the worker.
 */
import type { OverviewCube } from '../../shared/analytics/overview/cube';
import { OverviewCubeBuilder, statedPeriod } from '../../shared/analytics/overview/cube';
import type { Alert } from '../../shared/dictionary/types';
import type { ChunkView } from '../../shared/importer/chunkView';
import { isDictColumn } from '../../shared/importer/columnar';
import { chunkSeqs, scanTable } from '../db/chunks';
import type { WorkstationDatabase } from '../db/database';
import type { DatasetInput } from './protocol';

const ACCOUNT_PAGE = 20_000;

/** A chunk's account column as dict codes, whatever form it was stored in. */
function accountCodes(view: ChunkView): { codes: Uint16Array; labels: (string | null)[] } {
  const column = view.chunk.columns.account;
  if (isDictColumn(column)) return column;
  const labels: (string | null)[] = [];
  const index = new Map<string | null, number>();
  const codes = new Uint16Array(view.rows);
  for (let row = 0; row < view.rows; row++) {
    const value = view.text('account', row);
    let code = index.get(value);
    if (code === undefined) {
      code = labels.length;
      index.set(value, code);
      labels.push(value);
    }
    codes[row] = code;
  }
  return { codes, labels };
}

function numbers(view: ChunkView, column: string): Float64Array {
  const values = view.chunk.columns[column];
  return values instanceof Float64Array ? values : new Float64Array(view.rows).fill(Number.NaN);
}

export async function buildCube(
  db: WorkstationDatabase,
  dataset: DatasetInput,
  onProgress: (done: number, total: number) => void,
): Promise<OverviewCube> {
  const generation = dataset.generation;
  const [regions, brokers, branches, sandboxAlerts, localAlerts] = await Promise.all([
    db.regions.where('dataset').equals(generation).toArray(),
    db.brokers.where('dataset').equals(generation).toArray(),
    db.branches.where('dataset').equals(generation).toArray(),
    db.alerts.where('dataset').equals(generation).toArray(),
    db.localAlerts.where('dataset').equals(generation).toArray(),
  ]);
  // The queue's alerts: a local record that raises a sandbox alert stands in for it, new ones add.
  const byId = new Map<string, Alert>(sandboxAlerts.map((alert) => [alert.id, alert]));
  for (const alert of localAlerts) byId.set(alert.id, alert);
  const alerts = [...byId.values()];
  const builder = new OverviewCubeBuilder(
    dataset.id,
    generation,
    statedPeriod(dataset.period),
    regions,
    brokers,
    branches,
  );

  let after = '';
  for (;;) {
    const page = await db.accounts
      .where(':id')
      .between([generation, after], [generation, '\uffff'], after === '', true)
      .limit(ACCOUNT_PAGE)
      .toArray();
    builder.addAccounts(page);
    if (page.length < ACCOUNT_PAGE) break;
    after = page[page.length - 1]!.id;
  }

  const total = (await chunkSeqs(generation, 'trades', db)).length;
  let done = 0;
  await scanTable(
    generation,
    'trades',
    (view) => {
      const { codes, labels } = accountCodes(view);
      builder.addTrades({
        rows: view.rows,
        accountCodes: codes,
        accountLabels: labels,
        tsMs: view.chunk.epochMs.ts ?? new Float64Array(view.rows).fill(Number.NaN),
        price: numbers(view, 'price'),
        qty: numbers(view, 'qty'),
      });
      done++;
      if (done % 16 === 0 || done === total) onProgress(done, total);
    },
    db,
  );
  await scanTable(
    generation,
    'region_metrics',
    (view) =>
      void builder.addRegionMetrics({
        rows: view.rows,
        region: (row) => view.text('region', row),
        metric: (row) => view.text('metric', row),
        dateMs: view.chunk.epochMs.date ?? new Float64Array(view.rows).fill(Number.NaN),
        value: numbers(view, 'value'),
      }),
    db,
  );
  return builder.build(alerts);
}

/** Changes when the generation's local detections do: a cube built before a run is stale. */
export async function localAlertsVersion(db: WorkstationDatabase, generation: string): Promise<string> {
  const local = await db.localAlerts.where('dataset').equals(generation).toArray();
  const last = local.reduce((latest, alert) => (alert.created > latest ? alert.created : latest), '');
  return `${local.length}@${last}`;
}
