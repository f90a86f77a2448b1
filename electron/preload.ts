/**
 * The only module that touches ipcRenderer. Exposes `window.examinerHost`, the HostApi, and
 * nothing else: no raw send/invoke/on reaches the page.
 *
 * Failures: main answers every call with a Result. A failed call rejects with a plain object
 * `{ name: 'HostCallError', code, message, toString }`, because contextBridge copies an Error
 * as a new Error carrying only its message (its `code` would be lost), while plain objects
 * cross intact (functions as proxies). `toString` returns the message, so `String(failure)`
 * reads well; the page can rebuild a HostCallError from `code` and `message`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { HostApi, HostCommand } from '../shared/host/hostApi';
import { HOST_COMMAND_CHANNEL } from '../shared/host/ipcChannels';
import type { IpcChannel, IpcResponses } from '../shared/host/ipcContract';
import type { HostError, Result } from '../shared/result';

/** What a failed host call rejects with, as the page sees it. */
export interface HostCallFailure extends HostError {
  name: 'HostCallError';
  toString(): string;
}

async function call<C extends IpcChannel>(channel: C, request?: unknown): Promise<IpcResponses[C]> {
  const result = (await ipcRenderer.invoke(channel, request)) as Result<IpcResponses[C]>;
  if (result.ok) return result.value;
  const { code, message } = result.error;
  const failure: HostCallFailure = {
    name: 'HostCallError',
    code,
    message,
    toString: () => message,
  };
  throw failure;
}

const examinerHost: HostApi = {
  appInfo: () => call('app:info'),
  setLanguage: (language) => call('app:set-language', { language }),

  chooseFolder: () => call('folder:choose'),
  listFolders: () => call('folder:list'),
  forgetFolder: (grantId) => call('folder:forget', { grantId }),

  approveRepository: (baseUrl) => call('repo:approve', { baseUrl }),
  revokeRepository: (baseUrl) => call('repo:revoke', { baseUrl }),
  statRepositoryFile: (source, path) => call('repo:stat', { source, path }),
  readRepositoryFile: (request) => call('repo:read', request),

  saveFile: (request) => call('file:save', request),
  exportPdf: (request) => call('file:export-pdf', request),

  keystoreInfo: () => call('keystore:info'),
  sealSecret: (plaintext) => call('keystore:seal', { data: plaintext }),
  unsealSecret: (sealed) => call('keystore:unseal', { data: sealed }),

  onCommand(listener) {
    // The event object (and its sender) stays here; the page gets only the command.
    const relay = (_event: IpcRendererEvent, command: HostCommand): void => listener(command);
    ipcRenderer.on(HOST_COMMAND_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(HOST_COMMAND_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('examinerHost', examinerHost);
