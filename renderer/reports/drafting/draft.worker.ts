/**
 * The drafting worker: reads a report's evidence from IndexedDB and drafts the document here,
 * so the page thread never decodes a trade chunk nor runs the generators; it receives only the
 * drafted document and its provenance.
 */
import { getDatabase, WorkstationDatabase } from '../../db/database';
import type { DraftRequest, DraftResponse } from './protocol';
import { runDraftJob } from './runDraftJob';

const others = new Map<string, WorkstationDatabase>();

function databaseNamed(name: string): WorkstationDatabase {
  const shared = getDatabase();
  if (shared.name === name) return shared;
  let db = others.get(name);
  if (!db) others.set(name, (db = new WorkstationDatabase({ name })));
  return db;
}

self.onmessage = async (event: MessageEvent<DraftRequest>) => {
  const { id, database, job } = event.data;
  let response: DraftResponse;
  try {
    response = { id, type: 'drafted', result: await runDraftJob(job, databaseNamed(database)) };
  } catch (error) {
    response = {
      id,
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(response);
};
