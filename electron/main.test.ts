import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../shared/host/ipcContract';

/** A stand-in for the parts of Electron main.ts touches, recording what it is asked to do. */
const fake = vi.hoisted(() => {
  const state = {
    userData: '',
    lock: true,
    calls: [] as string[],
    privileged: [] as unknown[],
    protocolHandler: null as null | ((request: Request) => Promise<Response>),
    ipcChannels: [] as string[],
    windows: [] as { options: { webPreferences: Record<string, unknown> }; url: string }[],
  };
  return { state };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const { state } = fake;
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    getAppPath: () => '/app',
    getPath: () => state.userData,
    setPath: (name: string, value: string) => state.calls.push(`setPath ${name} ${value}`),
    requestSingleInstanceLock: () => state.lock,
    enableSandbox: () => state.calls.push('enableSandbox'),
    whenReady: async () => {
      state.calls.push('ready');
    },
    isReady: () => true,
    quit: () => state.calls.push('quit'),
    exit: () => state.calls.push('exit'),
    getLocale: () => 'en-US',
    getPreferredSystemLanguages: () => ['en-US'],
  });
  class BrowserWindow extends Emitter {
    webContents = Object.assign(new Emitter(), { send: () => undefined });
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
    }
    loadURL(url: string) {
      state.windows.push({ options: this.options, url });
      return Promise.resolve();
    }
    maximize() {}
    show() {}
    isDestroyed() {
      return false;
    }
    static fromWebContents() {
      return null;
    }
  }
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  return {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        state.calls.push('registerSchemesAsPrivileged');
        state.privileged.push(...schemes);
      },
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
        state.calls.push('protocol.handle');
        state.protocolHandler = handler;
      },
    },
    session: {
      defaultSession: Object.assign(new Emitter(), {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
      }),
    },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: () => undefined,
    },
    ipcMain: { handle: (channel: string) => state.ipcChannels.push(channel) },
    net: {},
    dialog: {},
    safeStorage: {},
  };
});

async function startMain(env: Record<string, string> = {}) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  await import('./main');
  await vi.waitFor(() => expect(fake.state.calls).toContain('ready'));
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { app } = (await import('electron')) as unknown as { app: EventEmitter };
  return { app };
}

beforeEach(async () => {
  Object.assign(fake.state, {
    userData: await mkdtemp(join(tmpdir(), 'examiner-main-')),
    lock: true,
    calls: [],
    privileged: [],
    protocolHandler: null,
    ipcChannels: [],
    windows: [],
  });
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(fake.state.userData, { recursive: true, force: true });
});

describe('main process start-up', () => {
  it('registers the privileged scheme and the sandbox before ready, then serves the app', async () => {
    await startMain();
    const { calls } = fake.state;
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(calls.indexOf('ready'));
    expect(calls.indexOf('enableSandbox')).toBeLessThan(calls.indexOf('ready'));
    expect(fake.state.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
    expect(calls).toContain('protocol.handle');
  });

  it('handles every IPC channel and opens one locked-down window on the app origin', async () => {
    await startMain();
    expect([...fake.state.ipcChannels].sort()).toEqual([...IPC_CHANNELS].sort());
    expect(fake.state.windows).toHaveLength(1);
    const [window] = fake.state.windows;
    expect(window?.url).toBe('app://workstation/');
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      webviewTag: false,
      nodeIntegrationInSubFrames: false,
      disableBlinkFeatures: 'Auxclick',
      preload: expect.stringMatching(/preload\.cjs$/),
    });
  });

  it('guards web contents created after start-up', async () => {
    const { app } = await startMain();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    app.emit('web-contents-created', {}, contents);
    const [handler] = contents.setWindowOpenHandler.mock.calls[0] ?? [];
    expect(handler()).toEqual({ action: 'deny' });
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.state.lock = false;
    vi.resetModules();
    await import('./main');
    expect(fake.state.calls).toEqual(['quit']);
  });

  it('loads a loopback dev server when asked, and refuses any other', async () => {
    await startMain({ EXAMINER_DEV_URL: 'http://127.0.0.1:5173/' });
    expect(fake.state.windows[0]?.url).toBe('http://127.0.0.1:5173/');

    fake.state.windows = [];
    fake.state.calls = [];
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await startMain({ EXAMINER_DEV_URL: 'https://evil.example/' });
    expect(fake.state.windows[0]?.url).toBe('app://workstation/');
  });
});
