import type { AppInfo } from '../../shared/host/hostApi';
import type { AppSlice } from './types';

export interface EnvironmentSlice {
  /** What the host says about itself; null until the host has answered. */
  appInfo: AppInfo | null;
  appInfoLoaded: (appInfo: AppInfo) => void;
  /** The first-run steps stand in for the page, so the top bar names them instead. */
  firstRunShowing: boolean;
  setFirstRunShowing: (showing: boolean) => void;
}

export const createEnvironmentSlice: AppSlice<EnvironmentSlice> = (set) => ({
  appInfo: null,
  appInfoLoaded: (appInfo) => set({ appInfo }, false, 'environment/appInfoLoaded'),
  firstRunShowing: false,
  setFirstRunShowing: (firstRunShowing) =>
    set({ firstRunShowing }, false, 'environment/setFirstRunShowing'),
});
