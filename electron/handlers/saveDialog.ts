/** Asks where to save through the native dialog, then writes the bytes there. */
import { app, dialog } from 'electron';
import type { BrowserWindow, FileFilter, SaveDialogOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { SaveOutcome } from '../../shared/host/hostApi';
import { HostCallError } from '../../shared/result';

export interface SaveThroughDialogRequest {
  suggestedName: string;
  title: string;
  /** Name of the filter that matches the suggested name's extension, e.g. "PDF documents". */
  typeName: string;
  allFilesName: string;
  data: Uint8Array;
}

function filtersFor(request: SaveThroughDialogRequest): FileFilter[] {
  const extension = extname(request.suggestedName).slice(1);
  const all = { name: request.allFilesName, extensions: ['*'] };
  return extension ? [{ name: request.typeName, extensions: [extension] }, all] : [all];
}

export async function saveThroughDialog(
  ownerWindow: BrowserWindow | null,
  request: SaveThroughDialogRequest,
): Promise<SaveOutcome> {
  const options: SaveDialogOptions = {
    title: request.title,
    defaultPath: join(app.getPath('documents'), request.suggestedName),
    filters: filtersFor(request),
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  };
  const choice = ownerWindow
    ? await dialog.showSaveDialog(ownerWindow, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  try {
    await writeFile(choice.filePath, request.data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'write failed';
    throw new HostCallError({ code: 'io', message: `${choice.filePath}: ${code}` });
  }
  return { saved: true, location: choice.filePath };
}
