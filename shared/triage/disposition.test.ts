import { describe, expect, it } from 'vitest';
import {
  confirmLabel,
  feedbackDisposition,
  isReasonFor,
  isTrainingLabel,
  labelAfterDisposition,
} from './disposition';

describe('dispositions', () => {
  it('accepts only the reason codes of the chosen disposition', () => {
    expect(isReasonFor('false_positive', 'market_maker')).toBe(true);
    expect(isReasonFor('true_positive', 'market_maker')).toBe(false);
    expect(isReasonFor('duplicate', null)).toBe(false);
  });

  it('keeps duplicates out of the feedback package', () => {
    expect(feedbackDisposition('duplicate')).toBeNull();
    expect(feedbackDisposition('inconclusive')).toBe('inconclusive');
  });
});

describe('label governance', () => {
  it('trains on a disposition only after a second user confirmed it', () => {
    const label = labelAfterDisposition('true_positive', 'u-li');
    expect(isTrainingLabel(label)).toBe(false);
    expect(confirmLabel(label, 'u-li')).toEqual({ ok: false, problem: 'same-user' });
    const confirmed = confirmLabel(label, 'u-wang');
    expect(confirmed.ok && isTrainingLabel(confirmed.label)).toBe(true);
    expect(confirmed.ok && confirmed.label.labelConfirmedBy).toBe('u-wang');
  });

  it('has nothing to confirm without a disposition', () => {
    expect(confirmLabel(labelAfterDisposition(null, 'u-li'), 'u-wang')).toEqual({
      ok: false,
      problem: 'nothing-to-confirm',
    });
  });
});
