import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, CaseRecord } from '../db/records';
import { statusLookup } from './alertStatus';

const annotation = (
  alertId: string,
  disposition: AnnotationRecord['disposition'],
): AnnotationRecord => ({
  id: `n-${alertId}`,
  dataset: 'gd',
  alertId,
  disposition,
  reasonCode: null,
  typology: null,
  severity: null,
  tags: [],
  note: '',
  author: 'examiner',
  updatedAt: '2026-11-01T00:00:00.000Z',
  status: disposition ? 'final' : 'draft',
});

const openCase = (alertIds: string[], status: CaseRecord['status'] = 'open'): CaseRecord => ({
  id: 'c1',
  title: 'case',
  status,
  owner: 'examiner',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  alertIds,
  accountIds: [],
});

describe('alert status for the Overview', () => {
  it('closes alerts with a disposition, reviews annotated ones, escalates those in an open case', () => {
    const statusOf = statusLookup(
      [annotation('A1', 'false_positive'), annotation('A2', null), annotation('A3', null)],
      [openCase(['gd:A3', 'A4', 'gd:A1'])],
    );
    expect(statusOf('gd:A1')).toBe('closed');
    expect(statusOf('gd:A2')).toBe('under_review');
    expect(statusOf('gd:A3')).toBe('escalated');
    expect(statusOf('gd:A4')).toBe('escalated');
    expect(statusOf('gd:A5')).toBe('open');
    expect(statusOf('other:A2')).toBe('open');
  });

  it('does not escalate through a closed case', () => {
    expect(statusLookup([], [openCase(['gd:A1'], 'closed')])('gd:A1')).toBe('open');
  });
});
