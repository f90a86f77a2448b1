import type { AppSlice } from './types';

/** Why the workspace is hidden: the user asked (menu or button), or the idle timer ran out. */
export type HiddenReason = 'manual' | 'idle';

export interface PrivacySlice {
  workspaceHidden: HiddenReason | null;
  hideWorkspace: (reason: HiddenReason) => void;
  revealWorkspace: () => void;
}

export const createPrivacySlice: AppSlice<PrivacySlice> = (set, get) => ({
  workspaceHidden: null,
  hideWorkspace: (reason) => {
    // An already hidden workspace keeps its first reason.
    if (get().workspaceHidden) return;
    set({ workspaceHidden: reason, openDialog: null }, false, 'privacy/hide');
  },
  revealWorkspace: () => set({ workspaceHidden: null }, false, 'privacy/reveal'),
});
