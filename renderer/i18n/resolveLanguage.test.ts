import { describe, expect, it } from 'vitest';
import { languageForLocale, resolveLanguage } from './resolveLanguage';

describe('languageForLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-Hant-HK', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['de-DE', 'en'],
    ['zu', 'en'],
    ['zhx', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (locale, expected) => {
    expect(languageForLocale(locale)).toBe(expected);
  });
});

describe('resolveLanguage', () => {
  it('uses an explicit preference whatever the system says', () => {
    expect(resolveLanguage('en', 'zh-CN', 'zh-CN')).toBe('en');
    expect(resolveLanguage('zh-CN', 'en-US', 'en-US')).toBe('zh-CN');
  });

  it('follows the system locale when the preference is system', () => {
    expect(resolveLanguage('system', 'zh-CN', 'en-US')).toBe('zh-CN');
    expect(resolveLanguage('system', 'en-GB', 'zh-CN')).toBe('en');
  });

  it('falls back to the browser language when the host reports no locale', () => {
    expect(resolveLanguage('system', '', 'zh-TW')).toBe('zh-CN');
    expect(resolveLanguage('system', undefined, 'fr-FR')).toBe('en');
    expect(resolveLanguage('system', undefined, undefined)).toBe('en');
  });
});
