import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../shared/host/hostApi';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: {} as Record<string, unknown>,
    listeners,
    ipcRenderer: {
      invoke: vi.fn(),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      }),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      electron.exposed[key] = api;
    },
  },
  ipcRenderer: electron.ipcRenderer,
}));

await import('./preload');
const host = electron.exposed.examinerHost as HostApi;

beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset();
});

describe('the preload bridge', () => {
  it('exposes exactly the HostApi methods, and no raw IPC', () => {
    expect(Object.keys(electron.exposed)).toEqual(['examinerHost']);
    expect(Object.keys(host).sort()).toEqual([
      'appInfo',
      'approveRepository',
      'chooseFolder',
      'exportPdf',
      'forgetFolder',
      'keystoreInfo',
      'listFolders',
      'onCommand',
      'readRepositoryFile',
      'revokeRepository',
      'saveFile',
      'sealSecret',
      'setLanguage',
      'statRepositoryFile',
      'unsealSecret',
    ]);
    for (const value of Object.values(host)) expect(typeof value).toBe('function');
  });

  it('invokes each channel with the request shape main validates', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: 'answer' });
    const source = { kind: 'http', baseUrl: 'https://repo.example/' } as const;
    const bytes = new Uint8Array([1]);
    await host.appInfo();
    await host.setLanguage('zh-CN');
    await host.forgetFolder('abc');
    await host.approveRepository('https://repo.example/');
    await host.revokeRepository('https://repo.example/');
    await host.statRepositoryFile(source, 'a.json');
    await host.readRepositoryFile({ source, path: 'a.json', range: { start: 1 } });
    await host.sealSecret(bytes);
    await host.unsealSecret(bytes);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['app:info', undefined],
      ['app:set-language', { language: 'zh-CN' }],
      ['folder:forget', { grantId: 'abc' }],
      ['repo:approve', { baseUrl: 'https://repo.example/' }],
      ['repo:revoke', { baseUrl: 'https://repo.example/' }],
      ['repo:stat', { source, path: 'a.json' }],
      ['repo:read', { source, path: 'a.json', range: { start: 1 } }],
      ['keystore:seal', { data: bytes }],
      ['keystore:unseal', { data: bytes }],
    ]);
  });

  it('unwraps a successful result', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({
      ok: true,
      value: [{ id: 'a', label: '/data' }],
    });
    expect(await host.listFolders()).toEqual([{ id: 'a', label: '/data' }]);
  });

  it('rejects a failed result with a plain object carrying the code (it survives contextBridge)', async () => {
    electron.ipcRenderer.invoke.mockResolvedValue({
      ok: false,
      error: { code: 'forbidden', message: 'no' },
    });
    const failure = await host.chooseFolder().catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'HostCallError', code: 'forbidden', message: 'no' });
    expect(Object.getPrototypeOf(failure)).toBe(Object.prototype);
    // The renderer shows `String(error)` for non-Error failures.
    expect(String(failure)).toBe('no');
  });

  it('relays menu commands without the IPC event, and unsubscribes', () => {
    const received: unknown[] = [];
    const unsubscribe = host.onCommand((command) => received.push(command));
    const relay = [...(electron.listeners.get('host:command') ?? [])][0];
    relay?.({ sender: 'ipcRenderer' }, { kind: 'lock' });
    expect(received).toEqual([{ kind: 'lock' }]);
    unsubscribe();
    expect(electron.listeners.get('host:command')?.size).toBe(0);
  });
});
