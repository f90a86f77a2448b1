import type { AppSlice } from './types';

/**
 * The privacy screen: hides the workspace from onlookers on demand, and opens without a
 * passphrase. The idle timer locks the workstation instead (renderer/users/sessionLock.ts).
 */
export interface PrivacySlice {
  workspaceHidden: boolean;
  hideWorkspace: () => void;
  revealWorkspace: () => void;
}

export const createPrivacySlice: AppSlice<PrivacySlice> = (set) => ({
  workspaceHidden: false,
  hideWorkspace: () => set({ workspaceHidden: true, openDialog: null }, false, 'privacy/hide'),
  revealWorkspace: () => set({ workspaceHidden: false }, false, 'privacy/reveal'),
});
