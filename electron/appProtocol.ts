/**
 * Serves `app://workstation/` from folders of the installed app: the built renderer at the
 * root and, when shipped, the demo repository under `/demo-repository/`. No path may leave
 * its folder, and every response carries the strict Content-Security-Policy.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { isInsideFolder } from './pathContainment';
import { APP_HOST } from './appOrigin';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.gz': 'application/gzip',
  '.zst': 'application/zstd',
  '.age': 'application/octet-stream',
};

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface Mount {
  /** URL path prefix, starting and ending with `/`. */
  prefix: string;
  folder: string;
  /** Unknown extension-less paths get this file (client-side routes of the single-page app). */
  fallback?: string;
}

/** Maps a URL path onto a file under the mount's folder, or null when it would leave it. */
export function resolveMountedPath(mount: Mount, urlPath: string): string | null {
  if (!urlPath.startsWith(mount.prefix)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.slice(mount.prefix.length));
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const folder = resolve(mount.folder);
  const file = resolve(folder, decoded === '' ? 'index.html' : decoded);
  return isInsideFolder(folder, file) ? file : null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

function errorResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

async function locate(mounts: readonly Mount[], urlPath: string): Promise<string | null> {
  // Longest prefix first, so `/demo-repository/` wins over `/`.
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const mount = ordered.find((candidate) => urlPath.startsWith(candidate.prefix));
  if (!mount) return null;
  const file = resolveMountedPath(mount, urlPath);
  if (file === null) return null;
  if (await isFile(file)) return file;
  if (mount.fallback && extname(file) === '') {
    const fallback = resolveMountedPath(mount, `${mount.prefix}${mount.fallback}`);
    if (fallback && (await isFile(fallback))) return fallback;
  }
  return null;
}

/** The `protocol.handle` handler for the app scheme. */
export function createAppRequestHandler(
  mounts: readonly Mount[],
): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return errorResponse(400, 'Bad request');
    }
    if (url.host !== APP_HOST) return errorResponse(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return errorResponse(405, 'Method not allowed');
    const file = await locate(mounts, url.pathname);
    if (file === null) return errorResponse(404, 'Not found');
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        ...securityHeaders(),
        'Content-Type': mimeTypeFor(file),
        'Cache-Control': 'no-cache',
      },
    });
  };
}
