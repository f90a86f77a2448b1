/**
 * The renderer is treated as untrusted: it may only show our own origin, never open
 * windows, never gain a permission, and only its main frame may call the host.
 * The decisions are pure functions; the install functions wire them into Electron.
 */
import type { App, Session, WebContents, WebFrameMain } from 'electron';
import { originOf } from './appOrigin';

/** Schemes that must never become a top-level document, whatever their origin claims. */
const NEVER_NAVIGABLE = new Set([
  'javascript:',
  'data:',
  'file:',
  'blob:',
  'filesystem:',
  'about:',
  'view-source:',
  'chrome:',
  'devtools:',
]);

export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (NEVER_NAVIGABLE.has(parsed.protocol)) return false;
  return originOf(url) === appOrigin;
}

/** Subframes may also be blank or `srcdoc` documents, which inherit the page's origin. */
export function isAllowedFrameNavigation(url: string, appOrigin: string): boolean {
  return url === 'about:blank' || url === 'about:srcdoc' || isAllowedNavigation(url, appOrigin);
}

/** No pop-ups, no external browser: links that leave the app go nowhere. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Every permission is refused: camera, location, notifications, clipboard reads, openExternal… */
export function permissionDecision(_permission: string): false {
  return false;
}

export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

export function isTrustedSender(sender: SenderFrame | null, appOrigin: string): boolean {
  return sender !== null && sender.isMainFrame && isAllowedNavigation(sender.url, appOrigin);
}

/** Reads what the trust check needs; a frame that is gone (or going) counts as unknown. */
export function describeFrame(frame: WebFrameMain | null): SenderFrame | null {
  if (!frame) return null;
  try {
    if (frame.isDestroyed()) return null;
    return { url: frame.url, isMainFrame: frame.parent === null };
  } catch {
    return null;
  }
}

export function installSessionGuards(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permissionDecision(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  session.setDevicePermissionHandler(() => false);
  // Files leave the app only through the save dialogs of the host API, never as page downloads.
  session.on('will-download', (event) => event.preventDefault());
}

export function installContentsGuards(contents: WebContents, appOrigin: string): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAllowedFrameNavigation(event.url, appOrigin))
      event.preventDefault();
  });
  contents.setWindowOpenHandler(() => windowOpenDecision());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Guards every web contents the app ever creates, including ones nobody planned for. */
export function guardAllWebContents(app: App, appOrigin: string): void {
  app.on('web-contents-created', (_event, contents) => installContentsGuards(contents, appOrigin));
}
