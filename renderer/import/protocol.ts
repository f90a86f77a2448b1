/**
 * Messages between the page and the import worker. Control travels on the worker itself; byte
 * reads on a MessagePort handed over with `start`: the worker asks for a range, the page reads
 * it through its HostApi and transfers the ArrayBuffer back, so the same worker reads HTTP(S),
 * folders and the bundled demo in Electron and in the browser host alike.
 */
import type { ByteRange, RepositorySource } from '../../shared/host/hostApi';
import type { HostError } from '../../shared/result';
import type { PullOutcome } from './outcome';
import type { PullProgress } from './pullProgress';

export interface PullRequest {
  source: RepositorySource;
  sourceId: string;
  /** The source's pinned publisher key (PEM). */
  publisherKeyPem: string;
  datasetId: string;
  /** Pull up to this version; the latest in the catalog when absent. */
  targetVersion?: number;
  /** age identities (`AGE-SECRET-KEY-1…`) to decrypt with. */
  identities: string[];
  /** Who the audit log names. */
  actor: string;
}

export type PageToWorker =
  { type: 'start'; request: PullRequest; port: MessagePort } | { type: 'cancel' };

export type WorkerToPage =
  { type: 'progress'; progress: PullProgress } | { type: 'done'; outcome: PullOutcome };

/** Reads the worker asks for on the port. */
export type ReadRequest =
  | { type: 'stat'; id: number; path: string }
  | { type: 'read'; id: number; path: string; range?: ByteRange };

export type ReadReply =
  | { type: 'stat'; id: number; ok: true; size: number }
  | { type: 'read'; id: number; ok: true; bytes: ArrayBuffer; totalSize: number | null }
  | { type: 'stat' | 'read'; id: number; ok: false; error: HostError };
