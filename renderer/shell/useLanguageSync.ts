import { useEffect } from 'react';
import { host } from '../host';
import { i18n } from '../i18n';
import { resolveLanguage } from '../i18n/resolveLanguage';
import { useAppStore } from '../store';

/** Applies the language setting to i18next, `<html lang>` and the host's native menus. */
export function useLanguageSync(): void {
  const preference = useAppStore((state) => state.preferences.language);
  const systemLocale = useAppStore((state) => state.appInfo?.systemLocale);
  const language = resolveLanguage(preference, systemLocale, navigator.language);

  useEffect(() => {
    document.documentElement.lang = language;
    if (i18n.language !== language) void i18n.changeLanguage(language);
    host.setLanguage(language).catch((error: unknown) => {
      // The UI is already in the new language; only the native menu stays behind.
      console.error('The host did not take the UI language', error);
    });
  }, [language]);
}
