/** `folder:choose`, `folder:list`, `folder:forget`: the user's grants of repository folders. */
import { dialog } from 'electron';
import type { OpenDialogOptions } from 'electron';
import { realpath } from 'node:fs/promises';
import type { Language } from '../../shared/host/hostApi';
import { DIALOG_LABELS } from '../dialogLabels';
import type { FolderGrantStore } from '../storage/folderGrantStore';
import type { IpcHandlers } from './types';

export function folderHandlers(
  grants: FolderGrantStore,
  language: () => Language,
): Pick<IpcHandlers, 'folder:choose' | 'folder:list' | 'folder:forget'> {
  return {
    async 'folder:choose'(_request, { ownerWindow }) {
      const options: OpenDialogOptions = {
        title: DIALOG_LABELS[language()].chooseRepositoryFolder,
        properties: ['openDirectory', 'dontAddToRecent'],
      };
      const choice = ownerWindow
        ? await dialog.showOpenDialog(ownerWindow, options)
        : await dialog.showOpenDialog(options);
      const picked = choice.filePaths[0];
      if (choice.canceled || picked === undefined) return null;
      // The grant names the real folder, so later symlink checks compare like with like.
      return grants.grant(await realpath(picked));
    },
    'folder:list': () => grants.list(),
    'folder:forget': ({ grantId }) => grants.forget(grantId),
  };
}
