/**
 * The one contract between the renderer and its host. Electron implements it in
 * main (behind the preload bridge); the browser host implements it in the page.
 */

export type HostKind = 'electron' | 'browser';
export type Language = 'zh-CN' | 'en';

export interface AppInfo {
  name: string;
  version: string;
  host: HostKind;
  platform: string;
  /** The system locale as the host sees it (BCP 47), e.g. `zh-CN`. */
  systemLocale: string;
  /** Versions of the runtime pieces, for the About box and bug reports. */
  versions: Record<string, string>;
}

/** A folder the user picked; hosts hand out opaque ids so the page never names raw paths. */
export interface FolderGrant {
  id: string;
  /** What to show the user: a path in Electron, a folder name in the browser. */
  label: string;
}

/** `bundled` is the demo repository that ships inside the app (assets/demo-repository). */
export type RepositorySource =
  { kind: 'http'; baseUrl: string } | { kind: 'folder'; grantId: string } | { kind: 'bundled' };

export interface ByteRange {
  /** First byte, inclusive. */
  start: number;
  /** Last byte, exclusive; absent means to the end of the file. */
  end?: number;
}

export interface RepositoryReadRequest {
  source: RepositorySource;
  /** A path relative to the repository root, `/`-separated, e.g. `packages/gd/1/manifest.json`. */
  path: string;
  range?: ByteRange;
}

export interface RepositoryChunk {
  bytes: Uint8Array;
  /** Size of the whole file, when the host knows it. */
  totalSize: number | null;
}

export interface RepositoryFileInfo {
  size: number;
}

export interface SaveFileRequest {
  suggestedName: string;
  mimeType: string;
  data: Uint8Array;
}

export interface SaveOutcome {
  saved: boolean;
  /** Where it went (a path or a file name), when saved. */
  location?: string;
  /** Set when the host handed the document to the system print dialog instead of writing a file. */
  via?: 'print-dialog';
}

export interface PdfExportRequest {
  suggestedName: string;
  /** A complete, self-contained HTML document (inline styles and images). */
  html: string;
  landscape?: boolean;
}

export type KeyProtection = 'os' | 'passphrase';

export interface KeystoreInfo {
  /** `os` when the operating system can seal secrets (Electron safeStorage); otherwise the page wraps keys with a passphrase. */
  protection: KeyProtection;
  backend: string;
}

/** Commands the native menu sends to the page. */
export type HostCommand =
  | { kind: 'navigate'; page: AppPage }
  | { kind: 'toggle-theme' }
  | { kind: 'lock' }
  | { kind: 'show-shortcuts' }
  | { kind: 'about' };

export const APP_PAGES = [
  'datasets',
  'overview',
  'alerts',
  'graph',
  'cases',
  'reports',
  'audit',
  'settings',
] as const;
export type AppPage = (typeof APP_PAGES)[number];

export interface HostApi {
  appInfo(): Promise<AppInfo>;
  /** Tells the host the UI language, so native menus and dialogs follow it. */
  setLanguage(language: Language): Promise<void>;

  chooseFolder(): Promise<FolderGrant | null>;
  listFolders(): Promise<FolderGrant[]>;
  forgetFolder(grantId: string): Promise<void>;

  /**
   * Asks the user to let the host fetch from this HTTP(S) repository (Electron: a native
   * confirmation naming it); true when approved now or before. Electron's main process reads
   * only approved repositories; the browser host fetches from the page and always answers true.
   */
  approveRepository(baseUrl: string): Promise<boolean>;
  /** Withdraws the approval, when its source is removed. */
  revokeRepository(baseUrl: string): Promise<void>;

  statRepositoryFile(source: RepositorySource, path: string): Promise<RepositoryFileInfo>;
  readRepositoryFile(request: RepositoryReadRequest): Promise<RepositoryChunk>;

  saveFile(request: SaveFileRequest): Promise<SaveOutcome>;
  exportPdf(request: PdfExportRequest): Promise<SaveOutcome>;

  keystoreInfo(): Promise<KeystoreInfo>;
  /** Seals a secret with the OS keystore; fails with `unavailable` when protection is `passphrase`. */
  sealSecret(plaintext: Uint8Array): Promise<Uint8Array>;
  unsealSecret(sealed: Uint8Array): Promise<Uint8Array>;

  /** Subscribes to native-menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: HostCommand) => void): () => void;
}

/** Largest chunk a single read may return; the import pipeline reads big files in ranges. */
export const MAX_READ_BYTES = 8 * 1024 * 1024;
