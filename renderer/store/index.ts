/** The one renderer store: per-feature slices, middleware applied once here. */
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import { createDialogSlice } from './dialogSlice';
import { createEnvironmentSlice } from './environmentSlice';
import { createPreferencesSlice } from './preferencesSlice';
import { createPrivacySlice } from './privacySlice';
import type { AppState } from './types';

export type { AppState } from './types';

export const useAppStore = create<AppState>()(
  devtools(
    (...args) => ({
      ...createPreferencesSlice(...args),
      ...createEnvironmentSlice(...args),
      ...createDialogSlice(...args),
      ...createPrivacySlice(...args),
    }),
    { name: 'examiner-workstation', enabled: import.meta.env.DEV },
  ),
);
