/**
 * The browser half of `npm run bench -- triage`: stores N synthetic alerts in IndexedDB as an
 * import would, reads them back through the queue's own loader, then times filters and sorts
 * over the compact columns and the frame times of scrolling the real virtualised queue table.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import type { TriageBenchResult, TriageScrollResult } from '../../../shared/triage/benchProtocol';
import type { QueueFilter, QuerySort } from '../../../shared/triage/queueIndex';
import { QueueIndex } from '../../../shared/triage/queueIndex';
import { getDatabase } from '../../db/database';
import { initI18n } from '../../i18n';
import { AlertQueueTable } from '../AlertQueueTable';
import { loadQueueRows } from '../queueData';
import { syntheticAlerts } from './syntheticAlerts';
import '../../styles/index.css';
import '../alerts.css';

const DATASET = 'bench-triage';
const GENERATION = `${DATASET}#1`;

async function store(count: number): Promise<number> {
  const db = getDatabase();
  const { alerts, accounts } = syntheticAlerts(count);
  const started = performance.now();
  await db.transaction('rw', db.datasets, db.alerts, db.accounts, async () => {
    await db.accounts.bulkPut(accounts.map((account) => ({ ...account, dataset: GENERATION })));
    await db.alerts.bulkPut(alerts.map((alert) => ({ ...alert, dataset: GENERATION })));
    await db.datasets.put({
      id: DATASET,
      sourceId: 'bench',
      title: 'Triage benchmark',
      currentVersion: 1,
      kind: 'full',
      importedAt: new Date().toISOString(),
      expires: '2099-01-01T00:00:00Z',
      scope: {
        jurisdiction: '440000',
        brokers: [],
        period: { from: '2026-07-01', to: '2026-09-30' },
      },
      manifestHash: '',
      generation: GENERATION,
      rowCounts: { alerts: alerts.length, accounts: accounts.length },
    });
  });
  return performance.now() - started;
}

const QUERIES: { name: string; filter: QueueFilter; sort: QuerySort }[] = [
  { name: 'sort score desc', filter: {}, sort: { key: 'score', descending: true } },
  { name: 'sort created asc', filter: {}, sort: { key: 'created', descending: false } },
  { name: 'sort typology', filter: {}, sort: { key: 'typology', descending: false } },
  { name: 'sort region', filter: {}, sort: { key: 'region', descending: false } },
  { name: 'sort broker desc', filter: {}, sort: { key: 'broker', descending: true } },
  { name: 'sort id', filter: {}, sort: { key: 'id', descending: false } },
  {
    name: 'filter typology',
    filter: { typologies: ['spoofing'] },
    sort: { key: 'score', descending: true },
  },
  {
    name: 'filter status new',
    filter: { statuses: ['new'] },
    sort: { key: 'score', descending: true },
  },
  {
    name: 'filter score >= 0.8',
    filter: { minScore: 0.8 },
    sort: { key: 'created', descending: true },
  },
  {
    name: 'filter region + broker',
    filter: { regions: ['440300'], brokers: ['B007'] },
    sort: { key: 'score', descending: true },
  },
  {
    name: 'filter instrument',
    filter: { instrument: '601234' },
    sort: { key: 'score', descending: true },
  },
  {
    name: 'filter date range',
    filter: {
      from: Date.parse('2026-08-01T00:00:00+08:00'),
      to: Date.parse('2026-08-31T23:59:59+08:00'),
    },
    sort: { key: 'score', descending: true },
  },
  { name: 'search one word', filter: { text: '撤单' }, sort: { key: 'score', descending: true } },
  {
    name: 'search two words',
    filter: { text: '尾市 对倒' },
    sort: { key: 'created', descending: true },
  },
  {
    name: 'search account id',
    filter: { text: 'a0001234' },
    sort: { key: 'score', descending: true },
  },
  {
    name: 'filter unassigned + unlabelled',
    filter: { assignee: '', label: 'unlabelled' },
    sort: { key: 'score', descending: true },
  },
];

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

async function run(count: number, repeats: number): Promise<TriageBenchResult> {
  await initI18n('zh-CN');
  const storeMs = await store(count);
  let started = performance.now();
  const rows = await loadQueueRows();
  const loadMs = performance.now() - started;
  started = performance.now();
  const index = new QueueIndex(rows);
  const indexMs = performance.now() - started;

  const queries = QUERIES.map(({ name, filter, sort }) => {
    const ms: number[] = [];
    let found = 0;
    for (let at = 0; at < repeats; at += 1) {
      const begin = performance.now();
      found = index.query({ filter, sort, now: Date.now() }).rows.length;
      ms.push(performance.now() - begin);
    }
    return { name, rows: found, ms };
  });

  mountTable(index);
  return { alerts: rows.length, store_ms: storeMs, load_ms: loadMs, index_ms: indexMs, queries };
}

let mounted: { root: Root; scroller: HTMLElement } | null = null;

/** The real table, sorted by score, as the queue shows it. */
function mountTable(index: QueueIndex): void {
  const result = index.query({
    filter: {},
    sort: { key: 'score', descending: true },
    now: Date.now(),
  });
  const container = document.getElementById('root') as HTMLElement;
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      createElement(AlertQueueTable, {
        index,
        rows: result.rows,
        cursor: 0,
        selected: new Set<string>(),
        sort: { key: 'score', descending: true },
        now: Date.now(),
        userName: (id: string | null) => id ?? '',
        onSort: () => {},
        onRowClick: () => {},
      }),
    ),
  );
  const scroller = container.querySelector<HTMLElement>('.queue__scroller');
  if (!scroller) throw new Error('the queue table has no scroller');
  scroller.style.height = '600px';
  mounted = { root, scroller };
}

/** Scrolls the mounted table frame by frame from top to bottom, then jumps, then unmounts it. */
async function scroll(): Promise<TriageScrollResult> {
  if (!mounted) throw new Error('run() mounts the table first');
  const { root, scroller } = mounted;
  await nextFrame();
  // Frames with nothing to do, as the machine's baseline.
  const idle: number[] = [];
  let previous = await nextFrame();
  for (let frame = 0; frame < 60; frame += 1) {
    const now = await nextFrame();
    idle.push(now - previous);
    previous = now;
  }
  const frames: number[] = [];
  const step = Math.ceil((scroller.scrollHeight - scroller.clientHeight) / 300);
  let last = await nextFrame();
  for (let frame = 0; frame < 300; frame += 1) {
    scroller.scrollTop += step;
    const now = await nextFrame();
    frames.push(now - last);
    last = now;
  }
  // A few big jumps, as dragging the scrollbar does.
  for (const fraction of [0.1, 0.9, 0.5, 0.25, 0.75, 0]) {
    scroller.scrollTop = fraction * scroller.scrollHeight;
    const now = await nextFrame();
    frames.push(now - last);
    last = now;
  }
  root.unmount();
  mounted = null;
  return { frames, idle };
}

(window as unknown as { triageBench: { run: typeof run; scroll: typeof scroll } }).triageBench = {
  run,
  scroll,
};
(document.getElementById('state') as HTMLElement).textContent = 'loaded';
