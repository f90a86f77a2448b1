import { describe, expect, it } from 'vitest';
import type { DetectionRule } from '../dictionary/types';
import { resolveParams } from './params';

const rule: DetectionRule = {
  id: 'R-SP-01',
  typology: 'spoofing',
  title: 't',
  description: 'd',
  params: { cancel_window_seconds: 4, min_cancel_ratio: 'high', unknown_param: 1 },
};

describe('detector thresholds from the rules table', () => {
  const defaults = { cancel_window_seconds: 10, min_cancel_ratio: 0.6, min_episodes: 8 };

  it('takes a rule param of the same name and type, keeps the documented default otherwise', () => {
    const resolved = resolveParams([rule], 'spoofing', defaults);
    expect(resolved.values).toEqual({
      cancel_window_seconds: 4,
      min_cancel_ratio: 0.6,
      min_episodes: 8,
    });
    expect(resolved.fromRule).toEqual(['cancel_window_seconds']);
    expect(resolved.rule?.id).toBe('R-SP-01');
  });

  it('uses the defaults when the sandbox has no rule for the typology', () => {
    const resolved = resolveParams([rule], 'wash_trade', defaults);
    expect(resolved).toEqual({ values: defaults, rule: null, fromRule: [] });
  });
});
