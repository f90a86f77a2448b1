/** The UI language of the host's own texts (menus, dialogs), following the page's choice. */
import type { Language } from '../shared/host/hostApi';

/** Any Chinese system locale gets the Chinese menus; everything else gets English. */
export function languageFromLocale(locale: string): Language {
  return /^zh\b/i.test(locale) ? 'zh-CN' : 'en';
}
