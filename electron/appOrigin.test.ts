import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, checkDevUrl, originOf } from './appOrigin';

describe('originOf', () => {
  it('builds origins for the app scheme, which Node reports as "null"', () => {
    expect(originOf('app://workstation/index.html')).toBe(APP_ORIGIN);
    expect(originOf('http://127.0.0.1:5173/x')).toBe('http://127.0.0.1:5173');
  });

  it('has none for opaque URLs, credentials or garbage', () => {
    expect(originOf('data:text/html,x')).toBeNull();
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('app://u:p@workstation/')).toBeNull();
    expect(originOf('::')).toBeNull();
  });
});

describe('checkDevUrl', () => {
  it('accepts a loopback Vite server', () => {
    expect(checkDevUrl('http://127.0.0.1:5173/')).toEqual({
      ok: true,
      target: { url: 'http://127.0.0.1:5173/', origin: 'http://127.0.0.1:5173', dev: true },
    });
  });

  it.each([
    'https://127.0.0.1:5173/',
    'http://localhost:5173/',
    'http://192.168.1.2:5173/',
    'http://127.0.0.1/',
    'http://user:pw@127.0.0.1:5173/',
    'file:///tmp/index.html',
    'nonsense',
  ])('refuses %s', (value) => {
    expect(checkDevUrl(value).ok).toBe(false);
  });
});
