/**
 * The drafting worker: reads a report's evidence from IndexedDB and drafts the document here,
 * so the page thread never decodes a trade chunk nor runs the generators; it receives only the
 * drafted document and its provenance.
 */
import { answerDraftRequest, RECORDS_PER_MESSAGE } from './answerDraftRequest';
import { chunkRowsHelper } from './chunkRowsClient';
import { databaseNamed } from './databaseNamed';
import type { DraftRequest, DraftResponse } from './protocol';

self.onmessage = (event: MessageEvent<DraftRequest>) =>
  void answerDraftRequest(
    event.data,
    databaseNamed(event.data.database),
    (message: DraftResponse) => self.postMessage(message),
    RECORDS_PER_MESSAGE,
    chunkRowsHelper(event.data.database),
  );
