import { describe, expect, it } from 'vitest';
import { actionsFrom, checkReviewer, checkTransition, isSnoozed } from './lifecycle';

const examiner = { id: 'u-li', role: 'examiner' as const };
const officer = { id: 'u-wang', role: 'compliance_officer' as const };

describe('checkTransition', () => {
  it('moves a new alert into review without a reason', () => {
    expect(checkTransition('new', 'start_review', examiner, null, null)).toEqual({
      ok: true,
      to: 'in_review',
      needsSecondReview: false,
    });
  });

  it('needs a listed reason to escalate or close', () => {
    expect(checkTransition('in_review', 'escalate', examiner, 'low', null)).toEqual({
      ok: false,
      problem: 'needs-reason',
    });
    expect(checkTransition('in_review', 'close', examiner, 'low', 'because')).toEqual({
      ok: false,
      problem: 'needs-reason',
    });
    expect(checkTransition('in_review', 'close', examiner, 'low', 'dispositioned')).toMatchObject({
      ok: true,
      to: 'closed',
      needsSecondReview: false,
    });
  });

  it('asks for a second user when a high or critical alert is escalated or closed', () => {
    for (const severity of ['high', 'critical'] as const) {
      expect(
        checkTransition('in_review', 'escalate', examiner, severity, 'suspected_violation'),
      ).toMatchObject({ ok: true, needsSecondReview: true });
      expect(checkTransition('escalated', 'close', examiner, severity, 'dispositioned')).toMatchObject({
        ok: true,
        needsSecondReview: true,
      });
    }
    expect(
      checkTransition('in_review', 'escalate', examiner, 'medium', 'suspected_violation'),
    ).toMatchObject({ needsSecondReview: false });
  });

  it('lets only a compliance officer reopen a closed alert', () => {
    expect(checkTransition('closed', 'reopen', examiner, null, 'new_evidence')).toEqual({
      ok: false,
      problem: 'needs-role',
    });
    expect(checkTransition('closed', 'reopen', officer, null, 'new_evidence')).toMatchObject({
      ok: true,
      to: 'in_review',
    });
  });

  it('refuses transitions the lifecycle does not have', () => {
    expect(checkTransition('closed', 'escalate', officer, null, 'other')).toEqual({
      ok: false,
      problem: 'not-allowed-from',
    });
    expect(actionsFrom('closed')).toEqual(['reopen']);
    expect(actionsFrom('new')).toEqual(['start_review', 'escalate', 'close']);
  });
});

describe('four-eyes review', () => {
  it('refuses the requester as reviewer and decided requests', () => {
    expect(checkReviewer({ requestedBy: 'u-li', status: 'pending' }, examiner)).toEqual({
      ok: false,
      problem: 'same-user',
    });
    expect(checkReviewer({ requestedBy: 'u-li', status: 'pending' }, officer)).toEqual({ ok: true });
    expect(checkReviewer({ requestedBy: 'u-li', status: 'approved' }, officer)).toEqual({
      ok: false,
      problem: 'not-pending',
    });
  });
});

describe('isSnoozed', () => {
  it('is true only before the snooze date', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    expect(isSnoozed('2026-11-27T00:00:00Z', now)).toBe(true);
    expect(isSnoozed('2026-11-25T00:00:00Z', now)).toBe(false);
    expect(isSnoozed(null, now)).toBe(false);
  });
});
