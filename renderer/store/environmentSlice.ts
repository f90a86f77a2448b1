import type { AppInfo } from '../../shared/host/hostApi';
import type { AppSlice } from './types';

export interface EnvironmentSlice {
  /** What the host says about itself; null until the host has answered. */
  appInfo: AppInfo | null;
  appInfoLoaded: (appInfo: AppInfo) => void;
}

export const createEnvironmentSlice: AppSlice<EnvironmentSlice> = (set) => ({
  appInfo: null,
  appInfoLoaded: (appInfo) => set({ appInfo }, false, 'environment/appInfoLoaded'),
});
