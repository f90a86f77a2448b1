/** Repository reads for the browser host: `fetch` with Range for HTTP, directory handles for folders. */
import type {
  ByteRange,
  RepositoryChunk,
  RepositoryFileInfo,
  RepositorySource,
} from '../../shared/host/hostApi';
import { MAX_READ_BYTES } from '../../shared/host/hostApi';
import type { ContentRange } from '../../shared/host/rangeAnswer';
import {
  parseContentRange,
  partialBodyProblem,
  partialRangeProblem,
} from '../../shared/host/rangeAnswer';
import { checkRepositoryPath, repositoryUrl } from '../../shared/host/repositoryPath';
import { HostCallError } from '../../shared/result';
import { findGrantHandle } from './folderGrants';

const REQUEST_TIMEOUT_MS = 60_000;

function checkedSegments(path: string): string[] {
  const check = checkRepositoryPath(path);
  if (!check.ok)
    throw new HostCallError({ code: 'invalid-argument', message: `path: ${check.reason}` });
  return check.segments;
}

function clampRange(
  range: ByteRange | undefined,
  size: number | null,
): { start: number; end: number } {
  const start = range?.start ?? 0;
  const wanted = range?.end ?? size ?? start + MAX_READ_BYTES;
  const end = Math.min(wanted, start + MAX_READ_BYTES, size ?? Number.MAX_SAFE_INTEGER);
  return { start, end: Math.max(start, end) };
}

async function fetchChecked(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      credentials: 'omit',
      redirect: 'error',
    });
  } catch (error) {
    throw new HostCallError({ code: 'network', message: `${url}: ${(error as Error).message}` });
  }
  if (response.status === 404)
    throw new HostCallError({ code: 'not-found', message: `${url}: not found (HTTP 404)` });
  if (!response.ok)
    throw new HostCallError({ code: 'network', message: `${url}: HTTP ${response.status}` });
  return response;
}

/** Total size from `Content-Range: bytes a-b/total`, else `Content-Length` of a full response. */
function totalSizeOf(response: Response, contentRange: ContentRange | null): number | null {
  if (contentRange && contentRange.total !== null) return contentRange.total;
  const length = response.headers.get('content-length');
  return response.status === 200 && length !== null ? Number(length) : null;
}

/** The browser host serves the bundled demo repository beside the app (scripts/web.mjs). */
function httpBase(source: Exclude<RepositorySource, { kind: 'folder' }>): string {
  return source.kind === 'bundled'
    ? new URL('demo-repository/', document.baseURI).toString()
    : source.baseUrl;
}

async function folderFile(grantId: string, segments: string[]): Promise<File> {
  const root = await findGrantHandle(grantId);
  if (!root)
    throw new HostCallError({
      code: 'not-found',
      message: 'The folder is no longer granted: choose it again.',
    });
  if (root.queryPermission && (await root.queryPermission({ mode: 'read' })) !== 'granted') {
    const state = await root.requestPermission?.({ mode: 'read' });
    if (state !== 'granted')
      throw new HostCallError({
        code: 'forbidden',
        message: `Read access to folder "${root.name}" was not granted.`,
      });
  }
  let directory = root;
  try {
    for (const segment of segments.slice(0, -1))
      directory = await directory.getDirectoryHandle(segment);
    const fileHandle = await directory.getFileHandle(segments[segments.length - 1] ?? '');
    return await fileHandle.getFile();
  } catch {
    throw new HostCallError({
      code: 'not-found',
      message: `${root.name}/${segments.join('/')}: not found`,
    });
  }
}

export async function statRepositoryFile(
  source: RepositorySource,
  path: string,
): Promise<RepositoryFileInfo> {
  const segments = checkedSegments(path);
  if (source.kind === 'folder') return { size: (await folderFile(source.grantId, segments)).size };
  const url = repositoryUrl(httpBase(source), segments.join('/'));
  const response = await fetchChecked(url, { method: 'HEAD' });
  const length = response.headers.get('content-length');
  if (length === null)
    throw new HostCallError({
      code: 'network',
      message: `${url}: the server sent no Content-Length`,
    });
  return { size: Number(length) };
}

export async function readRepositoryFile(
  source: RepositorySource,
  path: string,
  range?: ByteRange,
): Promise<RepositoryChunk> {
  const segments = checkedSegments(path);
  if (source.kind === 'folder') {
    const file = await folderFile(source.grantId, segments);
    const { start, end } = clampRange(range, file.size);
    return {
      bytes: new Uint8Array(await file.slice(start, end).arrayBuffer()),
      totalSize: file.size,
    };
  }
  const url = repositoryUrl(httpBase(source), segments.join('/'));
  const { start, end } = clampRange(range, null);
  const response = await fetchChecked(url, { headers: { Range: `bytes=${start}-${end - 1}` } });
  const contentRange = parseContentRange(response.headers.get('content-range'));
  const totalSize = totalSizeOf(response, contentRange);
  let bytes = new Uint8Array(await response.arrayBuffer());
  // A server that ignores Range answers 200 with the whole file: cut out the part asked for.
  if (response.status === 200) return { bytes: bytes.slice(start, end), totalSize };
  const problem =
    partialRangeProblem({ start, end }, contentRange) ??
    partialBodyProblem({ start, end }, contentRange, bytes.length);
  if (problem) throw new HostCallError({ code: 'network', message: `${url}: ${problem}` });
  if (bytes.length > end - start) bytes = bytes.slice(0, end - start);
  return { bytes, totalSize };
}
