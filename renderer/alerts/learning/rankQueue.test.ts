/**
 * The ranking over IndexedDB (fake-indexeddb): the queue's alerts keep their scores until enough
 * confirmed labels of each kind exist, then the model's order replaces them; a model trained once
 * is reused while the queue and the labels stay the same, and only confirmed labels count.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../../shared/dictionary/types';
import { openWorkstationDatabase, type WorkstationDatabase } from '../../db/database';
import type { DatasetRecord } from '../../db/records';
import { rankQueue } from './rankQueue';

const GENERATION = 'gd#1';

function alert(id: string, score: number, features: Record<string, number>): Alert {
  return {
    id,
    typology: 'spoofing',
    score,
    created: '2026-08-03T10:00:00+08:00',
    accounts: ['A1'],
    instruments: ['600000'],
    window: { from: '2026-08-03T09:30:00+08:00', to: '2026-08-03T15:00:00+08:00' },
    model: 'sandbox-v1',
    features: Object.entries(features).map(([name, contribution]) => ({ name, value: contribution, contribution })),
    summary: id,
  };
}

// Rings carry linked accounts and low scores; noise only a cancel ratio, and high scores.
const RINGS = Array.from({ length: 5 }, (_, i) => alert(`R${i}`, 0.4 + i * 0.01, { linked_accounts: 0.3 }));
const NOISE = Array.from({ length: 5 }, (_, i) => alert(`N${i}`, 0.8 + i * 0.01, { cancel_ratio: 0.5 }));

let db: WorkstationDatabase;
let clock = Date.parse('2026-11-26T02:00:00Z');
const now = () => (clock += 5);

async function label(alertId: string, disposition: string, confirmed: boolean) {
  await db.annotations.put({
    id: `gd:${alertId}`,
    dataset: 'gd',
    alertId,
    disposition: disposition as 'true_positive',
    reasonCode: null,
    typology: null,
    severity: null,
    tags: [],
    note: '',
    author: 'u1',
    updatedAt: '2026-11-26T01:00:00Z',
    status: 'draft' as never,
  });
  await db.alertStates.put({
    dataset: 'gd',
    alertId,
    status: 'closed',
    assignee: null,
    snoozedUntil: null,
    statusReason: null,
    labelStatus: confirmed ? 'confirmed' : 'awaiting',
    labelledBy: 'u1',
    labelConfirmedBy: confirmed ? 'u2' : null,
    updatedAt: '2026-11-26T01:00:00Z',
    updatedBy: 'u2',
  });
}

const riskOf = (result: Awaited<ReturnType<typeof rankQueue>>, id: string) =>
  result.risks[result.keys.indexOf(`gd:${id}`)]!;

beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.datasets.put({ id: 'gd', generation: GENERATION } as DatasetRecord);
  await db.alerts.bulkPut([...RINGS, ...NOISE].map((each) => ({ ...each, dataset: GENERATION })));
});

describe('ranking the queue by the risk model', () => {
  it('keeps the scores, and says why, until two confirmed labels of each kind exist', async () => {
    const cold = await rankQueue(db, now);
    expect(cold).toMatchObject({ status: 'cold_start', coldStartReason: 'too_few_labels', restored: false });
    expect(riskOf(cold, 'N4')).toBeCloseTo(0.84, 6);
    expect(riskOf(cold, 'R0')).toBeCloseTo(0.4, 6);

    await label('R0', 'true_positive', true);
    await label('R1', 'true_positive', true);
    await label('R2', 'true_positive', true);
    await label('N0', 'false_positive', true);
    // A label still awaiting its second user teaches nothing.
    await label('N1', 'false_positive', false);
    const waiting = await rankQueue(db, now);
    expect(waiting).toMatchObject({
      status: 'cold_start',
      coldStartReason: 'too_few_of_a_class',
      labels: { positive: 3, negative: 1 },
    });
  });

  it('orders by the model once trained, and reuses the stored model while nothing changed', async () => {
    for (const id of ['R0', 'R1']) await label(id, 'true_positive', true);
    for (const id of ['N0', 'N1']) await label(id, 'false_positive', true);
    const trained = await rankQueue(db, now);
    expect(trained).toMatchObject({ status: 'trained', restored: false, labels: { positive: 2, negative: 2 } });
    // The unlabelled rings now rank above the unlabelled noise, against their scores.
    for (const ring of ['R2', 'R3', 'R4'])
      for (const noise of ['N2', 'N3', 'N4']) expect(riskOf(trained, ring)).toBeGreaterThan(riskOf(trained, noise));
    const stored = await db.riskModels.get('local');
    expect(stored?.state.status).toBe('trained');

    const again = await rankQueue(db, now);
    expect(again.restored).toBe(true);
    expect(again.trainedAt).toBe(trained.trainedAt);
    expect([...again.risks]).toEqual([...trained.risks]);

    // A local detection run changes the queue: the model is trained again.
    await db.localAlerts.put({ ...alert('LOCAL-1', 0.6, { linked_accounts: 0.3 }), model: 'workstation-local/1', dataset: GENERATION });
    const retrained = await rankQueue(db, now);
    expect(retrained.restored).toBe(false);
    expect(retrained.keys).toContain('gd:LOCAL-1');
  });
});
