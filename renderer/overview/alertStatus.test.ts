import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ROWS } from '../../shared/dictionary/sampleRows';
import { openWorkstationDatabase } from '../db/database';
import type { AlertStateRecord } from '../db/records';
import { alertStatusVersion, loadAlertStatuses, statusLookup } from './alertStatus';

const state = (dataset: string, alertId: string, status: AlertStateRecord['status']): AlertStateRecord => ({
  dataset,
  alertId,
  status,
  assignee: null,
  snoozedUntil: null,
  statusReason: null,
  labelStatus: 'none',
  labelledBy: null,
  labelConfirmedBy: null,
  updatedAt: '2026-11-01T00:00:00.000Z',
  updatedBy: 'examiner',
});

describe('alert status for the Overview', () => {
  it('reads the triage status of each alert; alerts without a state are new', () => {
    const statusOf = statusLookup([
      state('gd', 'A1', 'closed'),
      state('gd', 'A2', 'in_review'),
      state('gd', 'A3', 'escalated'),
      { ...state('gd', 'A4', 'in_review'), snoozedUntil: '2099-01-01T00:00:00.000Z' },
      state('gd#2', 'A6', 'closed'),
    ]);
    expect(statusOf('gd:A1')).toBe('closed');
    expect(statusOf('gd:A2')).toBe('in_review');
    expect(statusOf('gd:A3')).toBe('escalated');
    expect(statusOf('gd:A4')).toBe('in_review');
    expect(statusOf('gd:A5')).toBe('new');
    expect(statusOf('gd:A6')).toBe('closed');
    expect(statusOf('other:A2')).toBe('new');
  });

  it('loads from the alertStates store and changes its version when a status changes', async () => {
    const db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const before = await alertStatusVersion(db);
    await db.alertStates.put(state('gd', 'A1', 'in_review'));
    const reviewing = await alertStatusVersion(db);
    expect(reviewing).not.toBe(before);
    expect((await loadAlertStatuses(db))('gd:A1')).toBe('in_review');
    await db.alertStates.put({ ...state('gd', 'A1', 'escalated') });
    expect(await alertStatusVersion(db)).not.toBe(reviewing);
    expect((await loadAlertStatuses(db))('gd:A1')).toBe('escalated');
    db.close();
  });

  it('changes its version when local detections add alerts to count', async () => {
    const db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const before = await alertStatusVersion(db);
    await db.localAlerts.put({ ...SAMPLE_ROWS.alerts, id: 'LOCAL-1', model: 'workstation-local/1', dataset: 'gd#1' });
    expect(await alertStatusVersion(db)).not.toBe(before);
    db.close();
  });
});
