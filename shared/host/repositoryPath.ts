/**
 * Repository paths come from signed manifests, but the client still refuses any path
 * that could leave the repository: absolute, `..`, backslashes, drive letters, empty parts.
 */
export type PathCheck = { ok: true; segments: string[] } | { ok: false; reason: string };

const SAFE_SEGMENT = /^[A-Za-z0-9._-]+$/;

export function checkRepositoryPath(path: string): PathCheck {
  if (path.length === 0) return { ok: false, reason: 'empty path' };
  if (path.length > 1024) return { ok: false, reason: 'path longer than 1024 characters' };
  if (path.startsWith('/')) return { ok: false, reason: `absolute path "${path}"` };
  if (path.includes('\\')) return { ok: false, reason: `backslash in path "${path}"` };
  if (/^[A-Za-z]:/.test(path)) return { ok: false, reason: `drive letter in path "${path}"` };
  const segments = path.split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.')
      return { ok: false, reason: `empty segment in path "${path}"` };
    if (segment === '..') return { ok: false, reason: `".." in path "${path}"` };
    if (!SAFE_SEGMENT.test(segment))
      return { ok: false, reason: `unexpected character in path segment "${segment}"` };
  }
  return { ok: true, segments };
}

/** Joins a base URL (with or without a trailing slash) and a checked relative path. */
export function repositoryUrl(baseUrl: string, path: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return new URL(path, base).toString();
}
