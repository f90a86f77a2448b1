/**
 * The baseline the pipeline is measured against: the same rows put one record per row into the
 * version 1 row store (`trades`, with its indexes), in batches, with Dexie bulkPut. Only the
 * bulkPut calls are timed; fetching and parsing the NDJSON are not.
 */
import { openWorkstationDatabase } from '../../db/database';
import { MIGRATIONS } from '../../db/migrations';
import type { RawBulkPutRequest, RawBulkPutResult } from '../../../shared/importer/benchProtocol';

const BATCH_ROWS = 10_000;

async function* lines(url: string): AsyncGenerator<string> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    const parts = (pending + next.value).split('\n');
    pending = parts.pop() ?? '';
    yield* parts.filter((line) => line.length > 0);
  }
  if (pending.length > 0) yield pending;
}

async function run({ url, table, maxRows }: RawBulkPutRequest): Promise<RawBulkPutResult> {
  const db = await openWorkstationDatabase({
    name: 'bench-row-per-record',
    migrations: MIGRATIONS.slice(0, 1),
  });
  const store = db.table(table);
  await store.clear();
  let rows = 0;
  let ms = 0;
  let batch: Record<string, unknown>[] = [];
  const flush = async () => {
    const started = performance.now();
    await store.bulkPut(batch);
    ms += performance.now() - started;
    rows += batch.length;
    batch = [];
  };
  for await (const line of lines(url)) {
    batch.push({ ...(JSON.parse(line) as Record<string, unknown>), dataset: 'bench' });
    if (batch.length >= BATCH_ROWS) await flush();
    if (rows + batch.length >= maxRows) break;
  }
  if (batch.length > 0) await flush();
  db.close();
  return { rows, ms };
}

self.onmessage = (event: MessageEvent<RawBulkPutRequest>) => {
  void run(event.data).then((result) => self.postMessage(result));
};
