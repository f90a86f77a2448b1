/**
 * HttpFetch over Chromium's network stack (system proxy settings, no cookies, no disk
 * cache for sensitive data) that follows a redirect only within the original origin.
 */
import { net } from 'electron';
import { Readable } from 'node:stream';
import type { HttpFetch } from './httpRepository';
import { mayFollowRedirect } from './httpRepository';

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export const fetchSameOrigin: HttpFetch = (url, init) =>
  new Promise<Response>((resolve, reject) => {
    const request = net.request({
      url,
      method: init.method,
      redirect: 'manual',
      credentials: 'omit',
      useSessionCookies: false,
      cache: 'no-store',
    });
    for (const [name, value] of Object.entries(init.headers)) request.setHeader(name, value);

    let refusedRedirect: string | null = null;
    let body: Readable | null = null;
    request.on('redirect', (_status, _method, redirectUrl) => {
      // An unfollowed manual redirect makes Electron cancel the request ('error' below).
      if (mayFollowRedirect(url, redirectUrl)) request.followRedirect();
      else refusedRedirect = redirectUrl;
    });
    request.on('response', (message) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(message.headers))
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      const hasBody = init.method !== 'HEAD' && !NULL_BODY_STATUSES.has(message.statusCode);
      body = message as unknown as Readable;
      const stream = hasBody ? (Readable.toWeb(body) as ReadableStream<Uint8Array>) : null;
      try {
        resolve(new Response(stream, { status: message.statusCode, headers }));
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', (error) => {
      if (refusedRedirect === null) reject(error);
      else
        reject(
          new Error(`refused a redirect to another origin (${new URL(refusedRedirect).origin})`),
        );
    });
    init.signal.addEventListener(
      'abort',
      () => {
        request.abort();
        // Ends a body that is still streaming, so its reader fails instead of waiting forever.
        body?.destroy(
          init.signal.reason instanceof Error ? init.signal.reason : new Error('aborted'),
        );
        reject(init.signal.reason);
      },
      { once: true },
    );
    request.end();
  });
