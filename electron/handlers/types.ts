/** What every IPC handler receives and returns, derived from the shared contract. */
import type { BrowserWindow } from 'electron';
import type { IpcChannel, IpcRequest, IpcResponses } from '../../shared/host/ipcContract';

export interface CallContext {
  /** The window of the calling page, to parent dialogs on; null if it has gone. */
  ownerWindow: BrowserWindow | null;
}

export type IpcHandlers = {
  readonly [C in IpcChannel]: (
    request: IpcRequest<C>,
    context: CallContext,
  ) => Promise<IpcResponses[C]> | IpcResponses[C];
};
