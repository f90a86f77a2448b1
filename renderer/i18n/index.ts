import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/host/hostApi';
import { en } from './en';
import { zhCN } from './zh-CN';

export const i18n: I18n = i18next.createInstance();

export async function initI18n(language: Language): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: 'zh-CN',
    supportedLngs: ['zh-CN', 'en'],
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
