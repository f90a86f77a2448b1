/**
 * A dataset read straight from a folder of plain `<table>.ndjson` files (what `npm run demo-data`
 * writes): every pass streams the file again, so memory holds one batch at a time.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysedTableName, AnalysisDataset } from '../../shared/analytics/dataset';
import type { DictionaryRows } from '../../shared/dictionary/types';

const BATCH_ROWS = 4096;

export class NdjsonFolderDataset implements AnalysisDataset {
  constructor(
    readonly folder: string,
    readonly id: string,
    readonly version = 1,
  ) {}

  async *batches<T extends AnalysedTableName>(table: T): AsyncIterable<DictionaryRows[T][]> {
    const path = join(this.folder, `${table}.ndjson`);
    if (!existsSync(path)) return;
    let batch: DictionaryRows[T][] = [];
    let rest = '';
    let line = 0;
    for await (const chunk of createReadStream(path, {
      encoding: 'utf8',
      highWaterMark: 1 << 20,
    })) {
      const text = rest + (chunk as string);
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        line++;
        if (end > start) batch.push(parseLine(text.slice(start, end), path, line));
        start = end + 1;
        if (batch.length === BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      rest = text.slice(start);
    }
    if (rest.trim()) batch.push(parseLine(rest, path, line + 1));
    if (batch.length) yield batch;
  }
}

function parseLine<T>(text: string, path: string, line: number): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${path} line ${line}: not JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
}
