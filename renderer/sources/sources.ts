/** The app's source registry: the workstation database and the host's folder grants. */
import { getDatabase } from '../db/database';
import { host } from '../host';
import { auditActor } from '../keys/auditActor';
import { createSourceRegistry } from './sourceRegistry';

export { sourceLocation } from './sourceRegistry';
export { SourceError, type SourceErrorCode } from './sourceErrors';
export type { CheckedSource, SourceDraft, SourceKind } from './sourceDraft';

export const { listSources, prepareSource, addSource, removeSource } = createSourceRegistry({
  database: getDatabase,
  host,
  actor: auditActor,
});
