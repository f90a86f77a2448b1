/** `file:save`: bytes from the page, written where the user says. */
import { extname } from 'node:path';
import type { Language } from '../../shared/host/hostApi';
import { DIALOG_LABELS } from '../dialogLabels';
import { saveThroughDialog } from './saveDialog';
import type { IpcHandlers } from './types';

export function fileHandlers(language: () => Language): Pick<IpcHandlers, 'file:save'> {
  return {
    'file:save'({ suggestedName, data }, { ownerWindow }) {
      const labels = DIALOG_LABELS[language()];
      const extension = extname(suggestedName).slice(1).toUpperCase();
      return saveThroughDialog(ownerWindow, {
        suggestedName,
        title: labels.saveFile,
        typeName: extension || labels.allFiles,
        allFilesName: labels.allFiles,
        data,
      });
    },
  };
}
