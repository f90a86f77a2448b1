import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingKey, SettingsMap } from '../db/records';
import { useAppStore } from '../store';

/** Saves one setting through the store (which applies it at once) and keeps the last failure to show. */
export function useSaveSetting() {
  const { t } = useTranslation();
  const setPreference = useAppStore((state) => state.setPreference);
  const [error, setError] = useState<string | null>(null);
  const save = useCallback(
    async <K extends SettingKey>(key: K, value: SettingsMap[K]): Promise<boolean> => {
      try {
        await setPreference(key, value);
        setError(null);
        return true;
      } catch (failure) {
        const message = failure instanceof Error ? failure.message : String(failure);
        setError(t('settings.saveFailed', { message }));
        return false;
      }
    },
    [setPreference, t],
  );
  return { save, error };
}
