/**
 * The drafting worker's answer to one request: the provenance first, in parts, the document's
 * sections one a message, then the rest (or the failure). The page decodes each message in one task, and a whole case's
 * records at once (thousands, each with up to 200 rows) would be a long one.
 */
import type { WorkstationDatabase } from '../../db/database';
import type { ChunkRowsReader } from '../evidence/rowsForAccounts';
import type { DraftRequest, DraftResponse } from './protocol';
import { runDraftJob } from './runDraftJob';

/** Provenance records per message: a few hundred decode on the page well within a 50 ms task. */
export const RECORDS_PER_MESSAGE = 200;

export async function answerDraftRequest(
  { id, job }: DraftRequest,
  db: WorkstationDatabase,
  post: (message: DraftResponse) => void,
  recordsPerMessage = RECORDS_PER_MESSAGE,
  share?: ChunkRowsReader,
): Promise<void> {
  try {
    const result = await runDraftJob(job, db, share);
    for (let at = 0; at < result.provenance.length; at += recordsPerMessage)
      post({
        id,
        type: 'provenance',
        records: result.provenance.slice(at, at + recordsPerMessage),
      });
    for (const node of result.doc.content ?? []) post({ id, type: 'node', node });
    const doc = { ...result.doc, content: [] };
    post({ id, type: 'drafted', result: { ...result, doc, provenance: [] } });
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
