/**
 * The drafting worker: reads a report's evidence from IndexedDB and drafts the document here,
 * so the page thread never decodes a trade chunk nor runs the generators; it receives only the
 * drafted document and its provenance.
 */
import { getDatabase, WorkstationDatabase } from '../../db/database';
import type { DraftRequest, DraftResponse } from './protocol';
import { runDraftJob } from './runDraftJob';

/** Provenance records per message: a few hundred decode on the page well within a 50 ms task. */
const RECORDS_PER_MESSAGE = 200;

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
    const result = await runDraftJob(job, databaseNamed(database));
    for (let at = 0; at < result.provenance.length; at += RECORDS_PER_MESSAGE) {
      const records = result.provenance.slice(at, at + RECORDS_PER_MESSAGE);
      self.postMessage({ id, type: 'provenance', records } satisfies DraftResponse);
    }
    response = { id, type: 'drafted', result: { ...result, provenance: [] } };
  } catch (error) {
    response = {
      id,
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(response);
};
