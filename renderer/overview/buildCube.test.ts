/**
 * The Overview counts the queue's alerts: the sandbox's, a raised sandbox alert once (in its
 * raised form), and the local detectors' new ones, which the map places by their accounts.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { summarisePeriod } from '../../shared/analytics/overview/aggregate';
import { SAMPLE_ROWS } from '../../shared/dictionary/sampleRows';
import { openWorkstationDatabase } from '../db/database';
import { buildCube, localAlertsVersion } from './buildCube';

const GENERATION = 'gd#1';

describe('the Overview cube’s alerts', () => {
  it('include local detections, a raised alert counted once, and a run changes the cube’s version', async () => {
    const db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.regions.put({ ...SAMPLE_ROWS.regions, dataset: GENERATION });
    await db.accounts.put({ ...SAMPLE_ROWS.accounts, dataset: GENERATION });
    await db.alerts.bulkPut([
      { ...SAMPLE_ROWS.alerts, id: 'AL1', score: 0.5, dataset: GENERATION },
      { ...SAMPLE_ROWS.alerts, id: 'AL2', dataset: GENERATION },
    ]);
    const input = { id: 'gd', generation: GENERATION, period: { from: '2026-07-01', to: '2026-09-30' } };
    const before = await localAlertsVersion(db, GENERATION);
    expect((await buildCube(db, input, () => {})).alerts.map((alert) => alert.id).sort()).toEqual(['AL1', 'AL2']);

    const local = { ...SAMPLE_ROWS.alerts, model: 'workstation-local/1', dataset: GENERATION, created: '2026-09-06T08:00:00+08:00' };
    await db.localAlerts.bulkPut([
      { ...local, id: 'AL1', score: 0.8, raises: { sandboxScore: 0.5, localIds: ['LOCAL-1'] } },
      { ...local, id: 'LOCAL-2' },
    ]);
    expect(await localAlertsVersion(db, GENERATION)).not.toBe(before);
    const cube = await buildCube(db, input, () => {});
    expect(cube.alerts.map((alert) => [alert.id, alert.score]).sort()).toEqual([
      ['AL1', 0.8],
      ['AL2', 0.91],
      ['LOCAL-2', 0.91],
    ]);
    // The new local alert is open work on the Overview: three open alerts, not two.
    const summary = summarisePeriod([cube], () => 'new', cube.days, cube.days.to);
    expect(summary.kpis.openAlerts).toBe(3);
    expect(summary.typologies.insider_trading).toBe(3);
    db.close();
  });
});
