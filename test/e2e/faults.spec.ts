import { expect, test, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatasetsPage } from './pages/datasets';
import { FirstRun, TEST_PASSPHRASE } from './pages/firstRun';
import { SettingsPage } from './pages/settings';
import { Workstation } from './pages/workstation';
import type { FaultRepository } from './faults/faultRepository';
import { DELTA_DATASET, FULL_DATASET, serveFaultRepository } from './faults/faultRepository';
import type { Digest } from './faults/idbLab';
import { digest, importLog, openLab, restore, snapshot } from './faults/idbLab';
import { rebuildAtVersion1 } from './faults/legacyDatabase';

/**
 * `npm test` runs 50 (about 3 s each) on a fixed seed so a red CI replays; `npm run harden` runs
 * hundreds on fresh seeds through scripts/harden/faultInjection.ts.
 */
const RUNS = Number(process.env.FAULT_RUNS ?? 50);
const SEED = Number(process.env.FAULT_SEED ?? 11);
const SUMMARY = process.env.FAULT_SUMMARY ?? join('test-results', 'faults', 'summary.json');
const VERBOSE = Boolean(process.env.FAULT_VERBOSE);
const SOURCE_TITLE = '故障注入仓库';
/** The notice of what the app undid or purged by itself (renderer/datasets/RecoveryNotice.tsx). */
const RECOVERY_NOTICE = '自动恢复与清除记录';
/** Trade rows of the version-1 database: enough that the upgrade to chunks takes a while. */
const LEGACY_TRADES = 4_000;

const OPERATIONS = ['import', 'delta', 'purge', 'migration'] as const;
type Operation = (typeof OPERATIONS)[number];
/** `close`: the window goes away mid-operation (the page navigates off the app) and stays away. */
type Fault = 'reload' | 'kill-worker' | 'close';
interface Scenario {
  /** The snapshot the run starts from. */
  before: string;
  after: string;
  /** Milliseconds the operation takes without a fault: faults land in [0, this]. */
  span: number;
  faults: readonly Fault[];
}

/** mulberry32: the same seed gives the same schedule of operations, faults and moments. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(next: () => number, choices: readonly T[]): T {
  const choice = choices[Math.floor(next() * choices.length)];
  if (choice === undefined) throw new Error('nothing to pick from');
  return choice;
}

let repository: FaultRepository;
/** The import markers and audit actions of the state a run started from. */
let baseLog = { markers: [] as string[], actions: [] as string[] };
const started = Date.now();
function mark(label: string): void {
  if (VERBOSE) console.log(`${Date.now() - started}ms ${label}`);
}

test.beforeAll(async () => {
  repository = await serveFaultRepository(
    join('test-results', 'fixtures', `fault-repository-${process.pid}`),
  );
});
test.afterAll(async () => {
  await repository.close();
});

/** The app loaded on `state`, keys unlocked, on the Datasets page. */
async function startOn(page: Page, state: string): Promise<DatasetsPage> {
  await openLab(page);
  await restore(page, state);
  baseLog = await importLog(page);
  await page.goto('./#/settings');
  const dialog = await new SettingsPage(page).unlock(TEST_PASSPHRASE);
  await expect(dialog).toBeHidden();
  await new Workstation(page).goTo('datasets');
  return new DatasetsPage(page);
}

async function pullAndWait(page: Page, datasets: DatasetsPage, title: string): Promise<number> {
  const begun = Date.now();
  await datasets.pull(SOURCE_TITLE, title);
  await expect(page.getByRole('status').filter({ hasText: title })).toContainText('已导入', {
    timeout: 30_000,
  });
  return Date.now() - begun;
}

/**
 * Waits for the database to come to rest: no import left `started`, the schema at `version`,
 * and the digest one of `allowed` (or, with none allowed, the same twice in a row).
 */
async function settledDigest(page: Page, allowed: string[], version: string): Promise<Digest> {
  let last: Digest | undefined;
  for (let tries = 0; tries < 60; tries++) {
    const log = await importLog(page).catch(() => null);
    const previous = last;
    last = await digest(page).catch(() => last);
    const atRest = log && !log.markers.includes('started') && last?.stores['#version'] === version;
    if (atRest && last && allowed.includes(last.total)) return last;
    if (atRest && last && allowed.length === 0 && previous?.total === last.total) return last;
    await page.waitForTimeout(150);
  }
  if (!last) throw new Error('no digest could be read after the fault');
  return last;
}

/** The database's schema version once the app has opened it, as the digest records it. */
let latestVersion = '';

test('reloads, closed windows and worker deaths at random moments leave the database before or after each operation', async ({
  page,
}) => {
  test.setTimeout(120_000 + RUNS * 8_000);
  // Set-up: keys, the identity, the source; then one clean run of each operation for its digests.
  const firstRun = new FirstRun(page);
  await page.goto('./');
  await firstRun.createKeys(TEST_PASSPHRASE);
  await firstRun.addSourceMyself();
  const workstation = new Workstation(page);
  const settings = new SettingsPage(page);
  await settings.importIdentity('测试身份', repository.identity);
  await expect(settings.importDialog()).toBeHidden();
  await settings.fillHttpSource({
    url: repository.url,
    title: SOURCE_TITLE,
    publisherKeyPem: repository.publisherKeyPem,
  });
  await settings.next();
  await settings.confirmAndSave();
  await workstation.goTo('datasets');
  // Once the catalog shows, the source has recorded its `generated` (the rollback high-water
  // mark), which no fault run changes: the snapshot starts every run from there.
  await expect(new DatasetsPage(page).pullButton(SOURCE_TITLE, FULL_DATASET.title)).toBeVisible();
  await openLab(page);
  await snapshot(page, 'empty');
  const empty = await digest(page);
  latestVersion = empty.stores['#version'] ?? '';
  mark('keys, identity and source saved');

  let datasets = await startOn(page, 'empty');
  const importSpan = await pullAndWait(page, datasets, FULL_DATASET.title);
  await openLab(page);
  const imported = await digest(page);
  mark('imported');

  // The delta's base: version 1 kept, version 2 held back by the server and refused.
  repository.holdDelta(true);
  datasets = await startOn(page, 'empty');
  await datasets.pull(SOURCE_TITLE, DELTA_DATASET.title);
  await expect(datasets.importedRow(DELTA_DATASET.id)).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(
      async () => {
        const { markers } = await importLog(page);
        return markers.includes('failed') && !markers.includes('started');
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  repository.holdDelta(false);
  await openLab(page);
  await snapshot(page, 'delta-base');
  const deltaBase = await digest(page);
  datasets = await startOn(page, 'delta-base');
  const deltaSpan = await pullAndWait(page, datasets, DELTA_DATASET.title);
  await openLab(page);
  const deltaApplied = await digest(page);
  mark('delta applied');

  // Retention: the delta's dataset, its deadline passed; the app purges it as it starts.
  await page.evaluate(async () => {
    const open = indexedDB.open('examiner-workstation');
    const db = await new Promise<IDBDatabase>(
      (resolve) => (open.onsuccess = () => resolve(open.result)),
    );
    const write = db.transaction('datasets', 'readwrite');
    const store = write.objectStore('datasets');
    const all = await new Promise<{ expires: string }[]>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result as { expires: string }[]);
    });
    for (const record of all) store.put({ ...record, expires: '2020-01-01T00:00:00.000Z' });
    await new Promise((resolve) => (write.oncomplete = resolve));
    db.close();
  });
  await snapshot(page, 'expired');
  const expired = await digest(page);
  const purgeBegun = Date.now();
  await page.goto('./', { waitUntil: 'commit' });
  await expect
    .poll(async () => (await digest(page)).total, { intervals: [50] })
    .not.toBe(expired.total);
  const purgeSpan = Date.now() - purgeBegun;
  const purged = await settledDigest(page, [], latestVersion);
  mark(`purged in ${purgeSpan}ms`);

  // Migration: the first release's schema, one record per trade, upgraded as the app opens it.
  await openLab(page);
  await restore(page, 'empty');
  await rebuildAtVersion1(page, LEGACY_TRADES);
  await snapshot(page, 'schema-v1');
  const legacy = await digest(page);
  const migrationBegun = Date.now();
  await page.goto('./', { waitUntil: 'commit' });
  await expect
    .poll(async () => (await digest(page)).stores['#version'], { intervals: [50] })
    .toBe(latestVersion);
  const migrationSpan = Date.now() - migrationBegun;
  const migrated = await settledDigest(page, [], latestVersion);
  await expect(workstation.heading()).toBeVisible();
  mark(`migrated in ${migrationSpan}ms`);
  const distinct = [empty, imported, deltaBase, deltaApplied, expired, purged, legacy, migrated];
  expect(new Set(distinct.map((state) => state.total)).size).toBe(distinct.length);

  const scenarios: Record<Operation, Scenario> = {
    import: {
      before: 'empty',
      after: imported.total,
      span: importSpan,
      faults: ['reload', 'kill-worker'],
    },
    delta: {
      before: 'delta-base',
      after: deltaApplied.total,
      span: deltaSpan,
      faults: ['reload', 'kill-worker'],
    },
    // Start-up work: the span is stretched by half so that faults also land before and after it.
    purge: {
      before: 'expired',
      after: purged.total,
      span: purgeSpan * 1.5,
      faults: ['reload', 'close'],
    },
    migration: {
      before: 'schema-v1',
      after: migrated.total,
      span: migrationSpan * 1.5,
      faults: ['reload', 'close'],
    },
  };
  const beforeDigest: Record<string, string> = {
    empty: empty.total,
    'delta-base': deltaBase.total,
    expired: expired.total,
    'schema-v1': legacy.total,
  };

  const next = random(SEED);
  const failures: Record<string, number> = {};
  const outcomes: string[] = [];
  const tally: Record<string, number> = {};
  for (let run = 0; run < RUNS; run++) {
    const operation = pick(next, OPERATIONS);
    const scenario = scenarios[operation];
    const fault = pick(next, scenario.faults);
    const delay = Math.floor(next() * scenario.span);
    const before = beforeDigest[scenario.before] ?? '';

    if (operation === 'purge' || operation === 'migration') {
      await openLab(page);
      await restore(page, scenario.before);
      baseLog = await importLog(page);
      await page.goto('./', { waitUntil: 'commit' });
      await page.waitForTimeout(delay);
      if (fault === 'reload') await page.reload();
      else await openLab(page);
    } else {
      const dataset = operation === 'import' ? FULL_DATASET : DELTA_DATASET;
      datasets = await startOn(page, scenario.before);
      const workerStarted = page.waitForEvent('worker', { timeout: 5_000 }).catch(() => null);
      await datasets.pull(SOURCE_TITLE, dataset.title);
      const worker = await workerStarted;
      await page.waitForTimeout(delay);
      if (fault === 'reload') await page.reload();
      // An uncaught error in the worker: the page terminates it as it would a crashed one.
      else
        await worker
          ?.evaluate(() => {
            setTimeout(() => {
              throw new Error('fault injection: the import worker died');
            });
          })
          .catch(() => undefined);
    }
    // A closed window leaves the database as the fault found it; otherwise the app runs on.
    const settled =
      fault === 'close'
        ? await digest(page)
        : await settledDigest(page, [before, scenario.after], latestVersion);
    const log = await importLog(page);
    // `unrecovered`: an import still marked started, its rows not yet undone, once the wait is up.
    const ending =
      settled.total === before
        ? 'before'
        : settled.total === scenario.after
          ? 'after'
          : log.markers.includes('started')
            ? 'unrecovered'
            : 'mixed';
    const kind = `${operation}/${fault}`;
    tally[`${kind} → ${ending}`] = (tally[`${kind} → ${ending}`] ?? 0) + 1;
    // What the app recorded: every import it began ends committed or failed with an audit entry.
    const failureEntries = (actions: string[]) =>
      actions.filter((action) => /^import\.(interrupted|failed|cancelled|refused)$/.test(action))
        .length;
    const newlyFailed =
      log.markers.filter((state) => state === 'failed').length -
      baseLog.markers.filter((state) => state === 'failed').length;
    // And what it showed: after a reload, an import it undid or a dataset it purged is on screen.
    const recorded = (actions: string[]) =>
      actions.filter((action) => action === 'import.interrupted' || action === 'dataset.purged')
        .length;
    const shown =
      fault !== 'reload' ||
      recorded(log.actions) === recorded(baseLog.actions) ||
      (await page
        .getByRole('region', { name: RECOVERY_NOTICE })
        .waitFor({ timeout: 10_000 })
        .then(
          () => true,
          () => false,
        ));
    const told =
      failureEntries(log.actions) - failureEntries(baseLog.actions) >= newlyFailed &&
      !log.markers.includes('started') &&
      shown;
    outcomes.push(
      `${run} ${kind} +${delay}ms → ${ending} [${log.markers.join(',')}]${told ? '' : ' not told'}`,
    );
    mark(outcomes.at(-1) ?? '');
    if (ending === 'mixed' || ending === 'unrecovered' || !told)
      failures[kind] = (failures[kind] ?? 0) + 1;
  }

  // After the runs, the app still opens on what the last run left: no start-up failure.
  await page.goto('./');
  await expect(workstation.heading()).toBeVisible();
  await expect(page.locator('.boot-failure')).toHaveCount(0);

  await mkdir(join(SUMMARY, '..'), { recursive: true });
  await writeFile(
    SUMMARY,
    JSON.stringify({ seed: SEED, runs: RUNS, failures, tally, outcomes }, null, 2),
  );
  console.log(
    `fault injection: seed ${SEED}, ${RUNS} runs, failures ${JSON.stringify(failures)}, endings ${JSON.stringify(tally)}`,
  );
  expect(failures, outcomes.join('\n')).toEqual({});
});
