import type { Language } from '../../shared/host/hostApi';

export type LanguagePreference = 'system' | Language;

/** Any Chinese locale (zh, zh-CN, zh_TW, zh-Hant-HK…) shows the Chinese UI; everything else English. */
export function languageForLocale(locale: string | undefined): Language {
  return locale && /^zh(?:[-_]|$)/i.test(locale.trim()) ? 'zh-CN' : 'en';
}

/** The UI language: the user's explicit choice, else the system locale, else the browser's. */
export function resolveLanguage(
  preference: LanguagePreference,
  systemLocale: string | undefined,
  browserLanguage: string | undefined,
): Language {
  if (preference !== 'system') return preference;
  const locale = systemLocale?.trim() ? systemLocale : browserLanguage;
  return languageForLocale(locale);
}
