/**
 * The only module that touches ipcMain: one `handle` per contract channel, each call going
 * through dispatchIpc (trusted sender, schema-checked arguments) before its handler runs.
 */
import { BrowserWindow, ipcMain } from 'electron';
import type { IpcChannel } from '../shared/host/ipcContract';
import { IPC_CHANNELS, ipcRequestSchemas } from '../shared/host/ipcContract';
import type { CallContext, IpcHandlers } from './handlers/types';
import type { IpcRouter } from './ipcDispatch';
import { dispatchIpc } from './ipcDispatch';
import { describeFrame } from './security';

function handle(
  channel: IpcChannel,
  router: IpcRouter<typeof ipcRequestSchemas, CallContext>,
): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) =>
    dispatchIpc(router, {
      channel,
      sender: describeFrame(event.senderFrame),
      args,
      context: { ownerWindow: BrowserWindow.fromWebContents(event.sender) },
    }),
  );
}

export function registerIpcHandlers(handlers: IpcHandlers, appOrigin: string): void {
  const router: IpcRouter<typeof ipcRequestSchemas, CallContext> = {
    schemas: ipcRequestSchemas,
    handlers,
    appOrigin,
    onUnexpectedError: (channel, error) => console.error(`IPC ${channel} failed:`, error),
  };
  for (const channel of IPC_CHANNELS) handle(channel, router);
}
