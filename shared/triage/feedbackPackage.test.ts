import { describe, expect, it } from 'vitest';
import { feedbackLines, feedbackNdjson } from './feedbackPackage';

const base = { typology: null, severity: null, note: '', updatedAt: '2026-11-26T01:00:00.000Z' };

describe('feedbackLines', () => {
  const sources = [
    { ...base, alertId: 'AL-2', disposition: 'false_positive' as const, note: '做市商报价' },
    { ...base, alertId: 'AL-1', disposition: 'true_positive' as const, typology: 'spoofing' as const, severity: 'high' as const },
    { ...base, alertId: 'AL-3', disposition: 'duplicate' as const },
    { ...base, alertId: 'AL-4', disposition: null },
  ];

  it('sends dispositions in alert order, leaving duplicates, undecided alerts and notes home', () => {
    expect(feedbackLines(sources, 'p-1', false)).toEqual([
      { alert: 'AL-1', disposition: 'true_positive', typology: 'spoofing', severity: 'high', analyst: 'p-1', ts: base.updatedAt },
      { alert: 'AL-2', disposition: 'false_positive', analyst: 'p-1', ts: base.updatedAt },
    ]);
  });

  it('includes notes only when ticked', () => {
    const lines = feedbackLines(sources, 'p-1', true);
    expect(lines[1]?.note).toBe('做市商报价');
    expect(feedbackNdjson(lines).split('\n')).toHaveLength(3);
  });
});
