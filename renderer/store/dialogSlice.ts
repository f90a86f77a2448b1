import type { AppSlice } from './types';

export type AppDialog = 'shortcuts' | 'about';

export interface DialogSlice {
  /** At most one modal dialog is open at a time. */
  openDialog: AppDialog | null;
  showDialog: (dialog: AppDialog) => void;
  closeDialog: () => void;
}

export const createDialogSlice: AppSlice<DialogSlice> = (set) => ({
  openDialog: null,
  showDialog: (dialog) => set({ openDialog: dialog }, false, 'dialog/show'),
  closeDialog: () => set({ openDialog: null }, false, 'dialog/close'),
});
