import type { SettingKey, SettingsMap } from '../db/records';
import { SETTING_DEFAULTS, setSetting } from '../db/settings';
import type { AppSlice } from './types';

export interface PreferencesSlice {
  preferences: SettingsMap;
  preferencesLoaded: (preferences: SettingsMap) => void;
  /** Applies at once and persists; on a failed write the previous value comes back and the error is rethrown. */
  setPreference: <K extends SettingKey>(key: K, value: SettingsMap[K]) => Promise<void>;
}

export const createPreferencesSlice: AppSlice<PreferencesSlice> = (set, get) => ({
  // Replaced at start-up by the stored settings, before the first render.
  preferences: { ...SETTING_DEFAULTS },
  preferencesLoaded: (preferences) => set({ preferences }, false, 'preferences/loaded'),
  setPreference: async (key, value) => {
    const previous = get().preferences[key];
    const apply = (next: typeof value) =>
      set(
        (state) => ({ preferences: { ...state.preferences, [key]: next } }),
        false,
        `preferences/set/${key}`,
      );
    apply(value);
    try {
      await setSetting(key, value);
    } catch (error) {
      apply(previous);
      throw error;
    }
  },
});
