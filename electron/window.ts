/** The main window: locked-down web preferences and bounds that survive a restart. */
import { BrowserWindow, screen } from 'electron';
import { readJsonFileSync, writeJsonFileSync } from './storage/jsonFile';
import type { WindowState } from './windowState';
import {
  MIN_WINDOW_SIZE,
  fitToDisplays,
  storedWindowStateSchema,
  toStoredWindowState,
} from './windowState';

export interface MainWindowOptions {
  url: string;
  preloadPath: string;
  stateFile: string;
  allowDevTools: boolean;
  iconPath?: string;
}

const SAVE_DELAY_MS = 500;

function readSavedState(stateFile: string): WindowState | null {
  const stored = readJsonFileSync(stateFile, storedWindowStateSchema);
  return stored ? { bounds: stored.bounds, maximized: stored.maximized } : null;
}

function initialState(stateFile: string): WindowState {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  return fitToDisplays(readSavedState(stateFile), workAreas, screen.getPrimaryDisplay().workArea);
}

/** Saves a moment after the last move or resize, and once more, synchronously, on close. */
function rememberState(mainWindow: BrowserWindow, stateFile: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (mainWindow.isDestroyed()) return;
    const state = { bounds: mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() };
    try {
      writeJsonFileSync(stateFile, toStoredWindowState(state));
    } catch (error) {
      console.warn(`Could not save the window state to ${stateFile}:`, error);
    }
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  mainWindow.on('resize', saveSoon);
  mainWindow.on('move', saveSoon);
  mainWindow.on('maximize', saveSoon);
  mainWindow.on('unmaximize', saveSoon);
  mainWindow.on('close', save);
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = initialState(options.stateFile);
  const mainWindow = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Examiner Workstation',
    show: false,
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: options.allowDevTools,
      // Middle-click on a link would ask for a new window; no auxclick, no such request.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow.show());
  rememberState(mainWindow, options.stateFile);
  mainWindow.loadURL(options.url).catch((error: unknown) => {
    console.error(`Could not load ${options.url}:`, error);
  });
  return mainWindow;
}
