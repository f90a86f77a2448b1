/**
 * The drafting worker: reads a report's evidence from IndexedDB and drafts the document here,
 * so the page thread never decodes a trade chunk nor runs the generators; it receives only the
 * drafted document and its provenance.
 */
import { getDatabase, WorkstationDatabase } from '../../db/database';
import { answerDraftRequest } from './answerDraftRequest';
import type { DraftRequest, DraftResponse } from './protocol';

const others = new Map<string, WorkstationDatabase>();

/** The app's database, or another by name (the benchmark drafts from its own). */
function databaseNamed(name: string): WorkstationDatabase {
  const shared = getDatabase();
  if (shared.name === name) return shared;
  let db = others.get(name);
  if (!db) others.set(name, (db = new WorkstationDatabase({ name })));
  return db;
}

self.onmessage = (event: MessageEvent<DraftRequest>) =>
  void answerDraftRequest(
    event.data,
    databaseNamed(event.data.database),
    (message: DraftResponse) => self.postMessage(message),
  );
