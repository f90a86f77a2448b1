import type { StateCreator } from 'zustand';
import type { DialogSlice } from './dialogSlice';
import type { EnvironmentSlice } from './environmentSlice';
import type { PreferencesSlice } from './preferencesSlice';
import type { PrivacySlice } from './privacySlice';

export type AppState = PreferencesSlice & EnvironmentSlice & DialogSlice & PrivacySlice;

/** Every slice sees the whole state and the one middleware stack applied in store/index.ts. */
export type AppSlice<T> = StateCreator<AppState, [['zustand/devtools', never]], [], T>;
