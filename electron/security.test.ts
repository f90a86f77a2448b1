import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from './appOrigin';
import {
  guardAllWebContents,
  installContentsGuards,
  installSessionGuards,
  isAllowedFrameNavigation,
  isAllowedNavigation,
  isTrustedSender,
  permissionDecision,
  windowOpenDecision,
} from './security';

const DEV_ORIGIN = 'http://127.0.0.1:5173';

describe('isAllowedNavigation', () => {
  it.each([`${APP_ORIGIN}/`, `${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/alerts?id=3#top`])(
    'allows the app origin: %s',
    (url) => {
      expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(true);
    },
  );

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['blob:', `blob:${APP_ORIGIN}/0f2c6c1e-8f0b-4f3c-9a57-3b1d2b0f0f0f`],
    ['about:', 'about:blank'],
    ['external https', 'https://example.com/'],
    ['external http', 'http://example.com/'],
    ['another app host', 'app://elsewhere/index.html'],
    ['credentials in the URL', 'app://user:pw@workstation/'],
    ['malformed', 'not a url'],
    ['empty', ''],
  ])('denies %s', (_what, url) => {
    expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(false);
  });

  it('compares ports in development', () => {
    expect(isAllowedNavigation(`${DEV_ORIGIN}/datasets`, DEV_ORIGIN)).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:5174/', DEV_ORIGIN)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/', DEV_ORIGIN)).toBe(false);
  });

  it('lets subframes be blank or srcdoc documents, but nothing external', () => {
    expect(isAllowedFrameNavigation('about:blank', APP_ORIGIN)).toBe(true);
    expect(isAllowedFrameNavigation('about:srcdoc', APP_ORIGIN)).toBe(true);
    expect(isAllowedFrameNavigation('https://example.com/', APP_ORIGIN)).toBe(false);
  });
});

describe('windowOpenDecision and permissionDecision', () => {
  it('always denies window.open', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'openExternal',
    'fullscreen',
    'pointerLock',
    'midiSysex',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'unknown',
  ])('denies the %s permission', (permission) => {
    expect(permissionDecision(permission)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the main frame of the app origin', () => {
    expect(
      isTrustedSender({ url: `${APP_ORIGIN}/index.html`, isMainFrame: true }, APP_ORIGIN),
    ).toBe(true);
  });

  it.each([
    ['a subframe of the app', { url: `${APP_ORIGIN}/index.html`, isMainFrame: false }],
    ['an external main frame', { url: 'https://example.com/', isMainFrame: true }],
    ['a data: frame', { url: 'data:text/html,x', isMainFrame: true }],
    ['a blank frame', { url: 'about:blank', isMainFrame: true }],
  ])('rejects %s', (_what, sender) => {
    expect(isTrustedSender(sender, APP_ORIGIN)).toBe(false);
  });

  it('rejects a sender whose frame is gone', () => {
    expect(isTrustedSender(null, APP_ORIGIN)).toBe(false);
  });
});

/** A WebContents stand-in: real events, a recorded window-open handler. */
function fakeContents() {
  const emitter = new EventEmitter();
  const contents = Object.assign(emitter, {
    windowOpenHandler: undefined as undefined | (() => unknown),
    setWindowOpenHandler(handler: () => unknown) {
      contents.windowOpenHandler = handler;
    },
  });
  return contents;
}

function navigation(url: string, isMainFrame = true) {
  return { url, isMainFrame, preventDefault: vi.fn() };
}

describe('installContentsGuards', () => {
  it('prevents navigations and redirects away from the app, and lets the app through', () => {
    const contents = fakeContents();
    installContentsGuards(contents as unknown as WebContents, APP_ORIGIN);

    const external = navigation('https://example.com/');
    contents.emit('will-navigate', external);
    expect(external.preventDefault).toHaveBeenCalled();

    const internal = navigation(`${APP_ORIGIN}/cases`);
    contents.emit('will-navigate', internal);
    expect(internal.preventDefault).not.toHaveBeenCalled();

    const redirect = navigation('http://example.com/');
    contents.emit('will-redirect', redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();

    const frame = navigation('https://example.com/', false);
    contents.emit('will-frame-navigate', frame);
    expect(frame.preventDefault).toHaveBeenCalled();
  });

  it.each([
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'https://attacker.example/',
    'http://127.0.0.1:5173/',
  ])('stops the page, a redirect and a subframe from going to %s', (url) => {
    const contents = fakeContents();
    installContentsGuards(contents as unknown as WebContents, APP_ORIGIN);
    for (const [event, isMainFrame] of [
      ['will-navigate', true],
      ['will-redirect', true],
      ['will-frame-navigate', false],
    ] as const) {
      const attempt = navigation(url, isMainFrame);
      contents.emit(event, attempt);
      expect(attempt.preventDefault, event).toHaveBeenCalled();
    }
  });

  it('denies window.open and refuses to attach webviews', () => {
    const contents = fakeContents();
    installContentsGuards(contents as unknown as WebContents, APP_ORIGIN);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });

    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('guards web contents created later', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as unknown as App, APP_ORIGIN);
    const contents = fakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });
});

describe('installSessionGuards', () => {
  it('answers every permission request and check with a denial, and blocks downloads', () => {
    const session = Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    });
    installSessionGuards(session as unknown as Session);

    const onRequest = session.setPermissionRequestHandler.mock.calls[0]?.[0];
    const callback = vi.fn();
    onRequest(null, 'media', callback, {});
    onRequest(null, 'openExternal', callback, {});
    expect(callback.mock.calls).toEqual([[false], [false]]);

    const onCheck = session.setPermissionCheckHandler.mock.calls[0]?.[0];
    for (const permission of ['clipboard-read', 'media', 'geolocation', 'notifications', 'hid'])
      expect(onCheck(null, permission, APP_ORIGIN, {}), permission).toBe(false);
    expect(session.setDevicePermissionHandler.mock.calls[0]?.[0]({})).toBe(false);

    const download = { preventDefault: vi.fn() };
    session.emit('will-download', download, {}, {});
    expect(download.preventDefault).toHaveBeenCalled();
  });
});
