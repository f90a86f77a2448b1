import { describe, expect, it } from 'vitest';
import { pageOfPath, pagePath } from './pagePath';

describe('page paths', () => {
  it('round-trips every page', () => {
    expect(pageOfPath(pagePath('graph'))).toBe('graph');
    expect(pageOfPath(pagePath('settings'))).toBe('settings');
  });

  it('reads the first segment only', () => {
    expect(pageOfPath('/settings/sources')).toBe('settings');
  });

  it('knows no page for the root or an unknown path', () => {
    expect(pageOfPath('/')).toBeNull();
    expect(pageOfPath('/nowhere')).toBeNull();
    expect(pageOfPath('')).toBeNull();
  });
});
