import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../shared/host/ipcContract';
import { APP_ORIGIN } from './appOrigin';
import type { IpcHandlers } from './handlers/types';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
      electron.handlers.set(channel, listener),
  },
  BrowserWindow: { fromWebContents: () => null },
}));

const { registerIpcHandlers } = await import('./ipc');

function frame(url: string, parent: object | null = null) {
  return { url, parent, isDestroyed: () => false };
}

describe('registerIpcHandlers', () => {
  const forget = vi.fn(async () => undefined);
  const handlers = Object.fromEntries(
    IPC_CHANNELS.map((channel) => [channel, vi.fn()]),
  ) as unknown as IpcHandlers;
  registerIpcHandlers({ ...handlers, 'folder:forget': forget }, APP_ORIGIN);
  const call = (sender: unknown, ...args: unknown[]) =>
    electron.handlers.get('folder:forget')?.({ senderFrame: sender, sender: {} }, ...args);

  it('handles every channel of the contract', () => {
    expect([...electron.handlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('runs the handler for the app main frame with valid arguments', async () => {
    expect(await call(frame(`${APP_ORIGIN}/index.html`), { grantId: 'abc' })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(forget).toHaveBeenCalledWith({ grantId: 'abc' }, { ownerWindow: null });
  });

  it('refuses subframes, foreign pages and vanished frames', async () => {
    forget.mockClear();
    const subframe = frame(`${APP_ORIGIN}/index.html`, frame(`${APP_ORIGIN}/index.html`));
    for (const sender of [subframe, frame('https://example.com/'), null])
      expect(await call(sender, { grantId: 'abc' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    expect(forget).not.toHaveBeenCalled();
  });
});
