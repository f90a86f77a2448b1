/**
 * Where the page comes from: the privileged `app://workstation/` scheme serving the built
 * renderer, or (development only) a Vite server on the loopback interface.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'workstation';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The root, not `/index.html`, so client-side routing starts on its home route. */
export const APP_START_URL = `${APP_ORIGIN}/`;

/**
 * `scheme://host[:port]` of a hierarchical URL, or null. Node's URL reports `origin` as
 * "null" for non-special schemes such as `app:`, so it is rebuilt from protocol and host.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

export interface LoadTarget {
  url: string;
  origin: string;
  dev: boolean;
}

export type DevUrlCheck = { ok: true; target: LoadTarget } | { ok: false; reason: string };

/** Accepts only `http://127.0.0.1:<port>/…`: a dev server anywhere else could serve anything. */
export function checkDevUrl(value: string): DevUrlCheck {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: `EXAMINER_DEV_URL is not a URL: "${value}"` };
  }
  if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || url.port === '')
    return {
      ok: false,
      reason: `EXAMINER_DEV_URL must be http://127.0.0.1:<port>, not "${value}"`,
    };
  if (url.username !== '' || url.password !== '')
    return { ok: false, reason: 'EXAMINER_DEV_URL must not carry credentials' };
  return { ok: true, target: { url: url.toString(), origin: url.origin, dev: true } };
}

export const PACKAGED_TARGET: LoadTarget = { url: APP_START_URL, origin: APP_ORIGIN, dev: false };
