import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/host/hostApi';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatMarketTime,
  formatNumber,
  formatRelative,
  formatTimestamp,
} from './format';

type When = Date | number | string;

/** The Intl formatters, bound to the active UI language and re-made when it changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return useMemo(
    () => ({
      language,
      dateTime: (value: When) => formatDateTime(language, value),
      timestamp: (value: When) => formatTimestamp(language, value),
      marketTime: (value: When) => formatMarketTime(language, value),
      date: (value: When) => formatDate(language, value),
      number: (value: number) => formatNumber(language, value),
      bytes: (value: number) => formatBytes(language, value),
      relative: (value: When, now: number) => formatRelative(language, value, now),
    }),
    [language],
  );
}
