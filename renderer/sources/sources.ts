/** The app's source registry: the workstation database and the host's folder grants. */
import { getDatabase } from '../db/database';
import { host } from '../host';
import { auditActor } from '../keys/auditActor';
import { withRepositoryApproval } from './repositoryApproval';
import { createSourceRegistry } from './sourceRegistry';

export { sourceLocation } from './sourceRegistry';
export { SourceError, type SourceErrorCode } from './sourceErrors';
export type { CheckedSource, SourceDraft, SourceKind } from './sourceDraft';

/** The host's repository reads, asking the user to approve an HTTP source the host refuses. */
export const repositoryHost = withRepositoryApproval(host);

export const { listSources, prepareSource, addSource, removeSource } = createSourceRegistry({
  database: getDatabase,
  host,
  actor: auditActor,
});
