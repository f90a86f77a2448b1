/**
 * App lifecycle only: one instance, the privileged app scheme, guards on every web
 * contents, IPC handlers, the native menu, and the main window.
 */
import { app, protocol, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { HostCommand } from '../shared/host/hostApi';
import { HOST_COMMAND_CHANNEL } from '../shared/host/ipcChannels';
import type { LoadTarget } from './appOrigin';
import { APP_SCHEME, PACKAGED_TARGET, checkDevUrl } from './appOrigin';
import { createAppRequestHandler } from './appProtocol';
import { systemLocale } from './handlers/appInfo';
import { createHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { languageFromLocale } from './language';
import { installNativeMenu } from './menu';
import { fetchSameOrigin } from './repository/netFetch';
import { guardAllWebContents, installSessionGuards } from './security';
import { FolderGrantStore } from './storage/folderGrantStore';
import { RepositoryGrantStore } from './storage/repositoryGrantStore';
import { createMainWindow } from './window';

const appRoot = app.getAppPath();
let mainWindow: BrowserWindow | null = null;

/** Unpackaged runs (the Electron tests) may keep their profile elsewhere. */
function useUserDataOverride(): void {
  const folder = process.env.EXAMINER_USER_DATA_DIR;
  if (folder && isAbsolute(folder) && !app.isPackaged) app.setPath('userData', folder);
}

/** A dev server is honoured only when unpackaged: a shipped app always shows its own files. */
function chooseLoadTarget(): LoadTarget {
  const devUrl = process.env.EXAMINER_DEV_URL;
  if (!devUrl) return PACKAGED_TARGET;
  const check = checkDevUrl(devUrl);
  if (check.ok && !app.isPackaged) return check.target;
  console.error(check.ok ? 'EXAMINER_DEV_URL is ignored in a packaged app.' : check.reason);
  return PACKAGED_TARGET;
}

function showMainWindow(target: LoadTarget): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  const icon = join(appRoot, 'assets', 'icons', 'icon.png');
  mainWindow = createMainWindow({
    url: target.url,
    preloadPath: join(__dirname, 'preload.cjs'),
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    allowDevTools: !app.isPackaged,
    ...(existsSync(icon) ? { iconPath: icon } : {}),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function sendCommand(command: HostCommand): void {
  if (mainWindow && !mainWindow.isDestroyed())
    mainWindow.webContents.send(HOST_COMMAND_CHANNEL, command);
}

function onReady(target: LoadTarget): void {
  installSessionGuards(session.defaultSession);
  protocol.handle(
    APP_SCHEME,
    createAppRequestHandler([
      { prefix: '/', folder: join(appRoot, 'dist', 'renderer'), fallback: 'index.html' },
      { prefix: '/demo-repository/', folder: join(appRoot, 'assets', 'demo-repository') },
    ]),
  );
  const menu = installNativeMenu(
    { platform: process.platform, isPackaged: app.isPackaged, send: sendCommand },
    languageFromLocale(systemLocale()),
  );
  const grants = new FolderGrantStore(join(app.getPath('userData'), 'folder-grants.json'));
  const repositories = new RepositoryGrantStore(
    join(app.getPath('userData'), 'repository-grants.json'),
  );
  const bundledRepository = join(appRoot, 'assets', 'demo-repository');
  registerIpcHandlers(
    createHandlers({ menu, grants, repositories, fetchHttp: fetchSameOrigin, bundledRepository }),
    target.origin,
  );
  showMainWindow(target);
  // macOS keeps the app running without windows; clicking the dock icon brings one back.
  app.on('activate', () => showMainWindow(target));
}

function start(): void {
  useUserDataOverride();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const target = chooseLoadTarget();
  // Before ready: a standard, secure scheme gets an origin, storage, fetch and module workers.
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
  app.enableSandbox();
  guardAllWebContents(app, target.origin);
  app.on('second-instance', () => {
    if (app.isReady()) showMainWindow(target);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(() => onReady(target))
    .catch((error: unknown) => {
      console.error('Examiner Workstation failed to start:', error);
      app.exit(1);
    });
}

start();
