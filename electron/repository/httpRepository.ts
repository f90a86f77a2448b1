/**
 * Reads files of a repository served over HTTP(S) with Range requests. The fetch function
 * is injected: Electron's network stack in the app, Node's fetch in the tests.
 */
import type { ByteRange, RepositoryChunk, RepositoryFileInfo } from '../../shared/host/hostApi';
import {
  parseContentRange,
  partialBodyProblem,
  partialRangeProblem,
} from '../../shared/host/rangeAnswer';
import { checkRepositoryPath, repositoryUrl } from '../../shared/host/repositoryPath';
import { HostCallError } from '../../shared/result';
import { clampReadRange } from './readRange';

export interface HttpRequestInit {
  method: 'GET' | 'HEAD';
  headers: Record<string, string>;
  signal: AbortSignal;
}

/** A fetch that never follows a redirect to another origin. */
export type HttpFetch = (url: string, init: HttpRequestInit) => Promise<Response>;

export const REQUEST_TIMEOUT_MS = 60_000;

/** Redirects stay on the origin the user named; anything else is refused. */
export function mayFollowRedirect(fromUrl: string, toUrl: string): boolean {
  try {
    return new URL(fromUrl).origin === new URL(toUrl).origin;
  } catch {
    return false;
  }
}

function fileUrl(baseUrl: string, path: string): string {
  const check = checkRepositoryPath(path);
  if (!check.ok)
    throw new HostCallError({ code: 'invalid-argument', message: `path: ${check.reason}` });
  return repositoryUrl(baseUrl, check.segments.join('/'));
}

function describeFailure(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError')
    return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  return error instanceof Error ? error.message : String(error);
}

async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

async function send(
  fetchHttp: HttpFetch,
  url: string,
  method: 'GET' | 'HEAD',
  headers: Record<string, string>,
) {
  let response: Response;
  try {
    response = await fetchHttp(url, {
      method,
      headers,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    throw new HostCallError({ code: 'network', message: `${url}: ${describeFailure(error)}` });
  }
  if (response.ok || response.status === 416) return response;
  await discardBody(response);
  if (response.status === 404 || response.status === 410)
    throw new HostCallError({
      code: 'not-found',
      message: `${url}: not found (HTTP ${response.status})`,
    });
  throw new HostCallError({ code: 'network', message: `${url}: HTTP ${response.status}` });
}

function contentLength(response: Response): number | null {
  const value = response.headers.get('content-length');
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : null;
}

/** Reads `take` bytes after skipping `skip`, then stops the transfer: a server may send more. */
async function readBodySlice(response: Response, skip: number, take: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(take);
  if (!response.body || take === 0) {
    await discardBody(response);
    return bytes.slice(0, 0);
  }
  const reader = response.body.getReader();
  let seen = 0;
  let filled = 0;
  try {
    while (filled < take) {
      const { done, value } = await reader.read();
      if (done) break;
      const from = Math.max(0, skip - seen);
      seen += value.length;
      if (from >= value.length) continue;
      const part = value.subarray(from, from + (take - filled));
      bytes.set(part, filled);
      filled += part.length;
    }
  } catch (error) {
    throw new HostCallError({
      code: 'network',
      message: `${response.url || 'response'}: ${describeFailure(error)}`,
    });
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return filled === take ? bytes : bytes.slice(0, filled);
}

export async function statHttpFile(
  fetchHttp: HttpFetch,
  baseUrl: string,
  path: string,
): Promise<RepositoryFileInfo> {
  const url = fileUrl(baseUrl, path);
  const response = await send(fetchHttp, url, 'HEAD', {});
  await discardBody(response);
  const size = response.status === 416 ? null : contentLength(response);
  if (size === null)
    throw new HostCallError({
      code: 'network',
      message: `${url}: the server sent no Content-Length`,
    });
  return { size };
}

export async function readHttpFile(
  fetchHttp: HttpFetch,
  baseUrl: string,
  path: string,
  range?: ByteRange,
): Promise<RepositoryChunk> {
  const url = fileUrl(baseUrl, path);
  const { start, end } = clampReadRange(range, null);
  if (end === start) return { bytes: new Uint8Array(0), totalSize: null };

  const response = await send(fetchHttp, url, 'GET', { Range: `bytes=${start}-${end - 1}` });
  const contentRange = parseContentRange(response.headers.get('content-range'));
  if (response.status === 416) {
    // The range starts at or past the end of the file: nothing more to read.
    await discardBody(response);
    return { bytes: new Uint8Array(0), totalSize: contentRange?.total ?? null };
  }
  if (response.status === 206) {
    const rangeProblem = partialRangeProblem({ start, end }, contentRange);
    if (rangeProblem) {
      await discardBody(response);
      throw new HostCallError({ code: 'network', message: `${url}: ${rangeProblem}` });
    }
    const bytes = await readBodySlice(response, 0, end - start);
    const bodyProblem = partialBodyProblem({ start, end }, contentRange, bytes.length);
    if (bodyProblem)
      throw new HostCallError({ code: 'network', message: `${url}: ${bodyProblem}` });
    return { bytes, totalSize: contentRange?.total ?? null };
  }
  // A server that ignores Range sends the whole file: keep only the part asked for.
  const totalSize = contentLength(response);
  const bytes = await readBodySlice(response, start, end - start);
  // Without a Content-Length the end of the body is the end of the file.
  const due = totalSize === null ? 0 : Math.max(0, Math.min(end, totalSize) - start);
  if (bytes.length < due)
    throw new HostCallError({
      code: 'network',
      message: `${url}: the transfer ended after ${bytes.length} of ${due} bytes from byte ${start}`,
    });
  return { bytes, totalSize };
}
