/**
 * The drafting worker's helper: decodes the later half of a case's trade chunks while the
 * drafting worker decodes the first (IndexedDB decodes a value on the thread that reads it), and
 * sends back only the rows kept, their times in a transferred buffer.
 */
import { rowsOfChunks } from '../evidence/rowsForAccounts';
import { databaseNamed } from './databaseNamed';
import type { ChunkRowsRequest, ChunkRowsResponse } from './protocol';

self.onmessage = async (event: MessageEvent<ChunkRowsRequest>) => {
  const { id, database, filter, seqs } = event.data;
  try {
    const { rows, times } = await rowsOfChunks(filter, seqs, databaseNamed(database));
    const message: ChunkRowsResponse = { id, type: 'rows', rows, times };
    self.postMessage(message, [times.buffer]);
  } catch (error) {
    const message: ChunkRowsResponse = {
      id,
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    };
    self.postMessage(message);
  }
};
