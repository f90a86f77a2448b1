/** The sources this workstation pulls from, each with its pinned publisher key; every change is audited. */
import type { HostApi, RepositorySource } from '../../shared/host/hostApi';
import { appendAudit } from '../db/audit';
import type { WorkstationDatabase } from '../db/database';
import type { SourceRecord } from '../db/records';
import { checkSourceDraft, type CheckedSource, type SourceDraft } from './sourceDraft';
import { SourceError } from './sourceErrors';

export interface SourceRegistryContext {
  database: () => WorkstationDatabase;
  host: Pick<HostApi, 'listFolders' | 'forgetFolder' | 'approveRepository' | 'revokeRepository'>;
  actor: (db: WorkstationDatabase) => Promise<string>;
  now?: () => Date;
  newId?: () => string;
}

/** What the host needs to read a source's repository. */
export function sourceLocation(source: Pick<SourceRecord, 'kind' | 'location'>): RepositorySource {
  switch (source.kind) {
    case 'http':
      return { kind: 'http', baseUrl: source.location };
    case 'folder':
      return { kind: 'folder', grantId: source.location };
    case 'bundled':
      return { kind: 'bundled' };
  }
}

export function createSourceRegistry(context: SourceRegistryContext) {
  const now = () => (context.now ?? (() => new Date()))();
  const newId = context.newId ?? (() => crypto.randomUUID());

  /** Oldest first. */
  async function listSources(): Promise<SourceRecord[]> {
    const sources = await context.database().sources.toArray();
    return sources.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  }

  /** Every check `addSource` makes, without storing: the dialog shows the fingerprint from this. */
  async function prepareSource(draft: SourceDraft): Promise<CheckedSource> {
    const checked = checkSourceDraft(draft);
    if (checked.kind === 'folder') {
      const grants = await context.host.listFolders();
      if (!grants.some((grant) => grant.id === checked.location))
        throw new SourceError(
          'folder-not-granted',
          'The folder is no longer granted: choose it again.',
        );
    }
    const duplicate = await findSameLocation(context.database(), checked);
    if (duplicate)
      throw new SourceError(
        'duplicate',
        `The source "${duplicate.title}" already reads from there.`,
      );
    return checked;
  }

  async function addSource(draft: SourceDraft): Promise<SourceRecord> {
    const checked = await prepareSource(draft);
    // The user, not the page, lets the host fetch from an address (a native dialog in Electron).
    if (checked.kind === 'http' && !(await context.host.approveRepository(checked.location)))
      throw new SourceError(
        'not-approved',
        `Fetching from ${checked.location} was not allowed; the source was not saved.`,
      );
    const db = context.database();
    const record: SourceRecord = { id: newId(), ...checked, addedAt: now().toISOString() };
    const actor = await context.actor(db);
    await db.transaction('rw', db.sources, db.audit, async () => {
      // Checked again inside the transaction, so two quick adds cannot both pass.
      const duplicate = await findSameLocation(db, checked);
      if (duplicate)
        throw new SourceError(
          'duplicate',
          `The source "${duplicate.title}" already reads from there.`,
        );
      await db.sources.add(record);
      await appendAudit(db, {
        actor,
        action: 'source.added',
        entity: 'source',
        entityId: record.id,
        after: auditView(record),
      });
    });
    return record;
  }

  /** Removes the source and forgets its folder grant or address approval; imported datasets stay. */
  async function removeSource(id: string): Promise<void> {
    const db = context.database();
    const actor = await context.actor(db);
    const removed = await db.transaction('rw', db.sources, db.audit, async () => {
      const record = await db.sources.get(id);
      if (!record) throw new SourceError('not-found', `No source with id ${id}.`);
      await db.sources.delete(id);
      await appendAudit(db, {
        actor,
        action: 'source.removed',
        entity: 'source',
        entityId: id,
        before: auditView(record),
      });
      return record;
    });
    if (removed.kind === 'folder') await context.host.forgetFolder(removed.location);
    if (removed.kind === 'http') await context.host.revokeRepository(removed.location);
  }

  return { listSources, prepareSource, addSource, removeSource };
}

export type SourceRegistry = ReturnType<typeof createSourceRegistry>;

async function findSameLocation(
  db: WorkstationDatabase,
  source: Pick<SourceRecord, 'kind' | 'location'>,
): Promise<SourceRecord | undefined> {
  const all = await db.sources.toArray();
  return all.find((other) => other.kind === source.kind && other.location === source.location);
}

function auditView({ kind, location, title, fingerprint }: SourceRecord) {
  return { kind, location, title, fingerprint };
}
