import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../db/audit';
import type { WorkstationDatabase } from '../db/database';
import { openWorkstationDatabase } from '../db/database';
import type { UserRecord } from '../db/records';
import {
  confirmAlertLabel,
  decideReview,
  saveAnnotation,
  setDisposition,
  trainingLabels,
  transitionAlert,
} from './triageStore';

const li: UserRecord = { id: 'u-li', name: '李审查', role: 'examiner', createdAt: '2026-11-01T00:00:00Z' };
const wang: UserRecord = { id: 'u-wang', name: '王合规', role: 'compliance_officer', createdAt: '2026-11-01T00:00:00Z' };
const KEY = 'gd-2026q3:AL-0007';

let db: WorkstationDatabase;
beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

const actions = async () => (await db.audit.orderBy('seq').toArray()).map((entry) => entry.action);

describe('dispositions', () => {
  it('records the disposition, puts the alert in review and audits before and after', async () => {
    await setDisposition([KEY], 'false_positive', 'market_maker', li, { db });
    expect(await db.annotations.get(KEY)).toMatchObject({ disposition: 'false_positive', reasonCode: 'market_maker', author: 'u-li' });
    expect(await db.alertStates.get(['gd-2026q3', 'AL-0007'])).toMatchObject({ status: 'in_review', labelStatus: 'awaiting', labelledBy: 'u-li' });
    await setDisposition([KEY], 'true_positive', 'pattern_confirmed', li, { db });
    const last = await db.audit.orderBy('seq').last();
    expect(last).toMatchObject({
      action: 'alert.disposition',
      entityId: KEY,
      before: { disposition: 'false_positive', reasonCode: 'market_maker' },
      after: { disposition: 'true_positive', reasonCode: 'pattern_confirmed' },
    });
    expect(await verifyAuditLog(db)).toEqual({ ok: true, entries: 2 });
  });

  it('refuses a reason code that belongs to another disposition', async () => {
    await expect(setDisposition([KEY], 'true_positive', 'market_maker', li, { db })).rejects.toThrow(/needs-reason/);
    expect(await db.audit.count()).toBe(0);
  });

  it('trains on a label only after a second user confirmed it', async () => {
    await setDisposition([KEY], 'true_positive', 'pattern_confirmed', li, { db });
    expect(await trainingLabels(db)).toEqual([]);
    await expect(confirmAlertLabel(KEY, li, { db })).rejects.toThrow(/same-user/);
    await confirmAlertLabel(KEY, wang, { db });
    expect(await trainingLabels(db)).toEqual([{ key: KEY, disposition: 'true_positive' }]);
  });
});

describe('four-eyes', () => {
  it('holds a high-severity escalation until another user approves it', async () => {
    await saveAnnotation(KEY, { severity: 'high' }, li, { db });
    const outcome = await transitionAlert(KEY, 'escalate', 'suspected_violation', li, { db });
    expect(outcome.applied).toBe(false);
    expect((await db.alertStates.get(['gd-2026q3', 'AL-0007']))?.status ?? 'new').toBe('new');
    await expect(transitionAlert(KEY, 'escalate', 'suspected_violation', li, { db })).rejects.toThrow(/review-pending/);
    const requestId = outcome.applied ? '' : outcome.reviewRequestId;
    await expect(decideReview(requestId, true, li, { db })).rejects.toThrow(/same-user/);
    await decideReview(requestId, true, wang, { db });
    expect(await db.alertStates.get(['gd-2026q3', 'AL-0007'])).toMatchObject({ status: 'escalated', statusReason: 'suspected_violation' });
    expect(await actions()).toEqual(['alert.annotate', 'alert.review-request', 'alert.review-approve', 'alert.escalate']);
  });

  it('applies a low-severity escalation at once', async () => {
    expect(await transitionAlert(KEY, 'escalate', 'needs_investigation', li, { db })).toEqual({ applied: true });
    expect((await db.alertStates.get(['gd-2026q3', 'AL-0007']))?.status).toBe('escalated');
  });

  it('lets only a compliance officer reopen a closed alert', async () => {
    await transitionAlert(KEY, 'close', 'dispositioned', li, { db });
    await expect(transitionAlert(KEY, 'reopen', 'new_evidence', li, { db })).rejects.toThrow(/needs-role/);
    await transitionAlert(KEY, 'reopen', 'new_evidence', wang, { db });
    expect((await db.alertStates.get(['gd-2026q3', 'AL-0007']))?.status).toBe('in_review');
  });
});
