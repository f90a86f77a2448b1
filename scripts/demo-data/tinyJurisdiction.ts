/** A small generated jurisdiction in a temporary folder, and its tables read back, for the tests. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DictionaryRows } from '../../shared/dictionary/types';
import type { TombstonedTableName } from '../../shared/dictionary/tables';
import type { GenerationSummary } from './generate';
import { generateJurisdiction } from './generate';

export const TINY_SCALE = 0.03;
/** About a second on an idle machine; generous for a busy CI runner. */
export const GENERATION_TIMEOUT_MS = 60_000;

export interface TinyJurisdiction extends GenerationSummary {
  outDir: string;
  truthFile: string;
  rows<T extends TombstonedTableName>(table: T): Array<DictionaryRows[T]>;
}

export function generateTinyJurisdiction(seed = 'vitest'): TinyJurisdiction {
  const root = mkdtempSync(join(tmpdir(), 'demo-data-'));
  const outDir = join(root, 'tables');
  const truthFile = join(root, 'ground-truth.json');
  const summary = generateJurisdiction({ seed, scale: TINY_SCALE, outDir, truthFile });
  const cache = new Map<string, unknown[]>();
  return {
    ...summary,
    outDir,
    truthFile,
    rows<T extends TombstonedTableName>(table: T): Array<DictionaryRows[T]> {
      let rows = cache.get(table);
      if (rows === undefined) {
        const text = readFileSync(join(outDir, `${table}.ndjson`), 'utf8');
        rows = text
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => JSON.parse(line) as unknown);
        cache.set(table, rows);
      }
      return rows as Array<DictionaryRows[T]>;
    },
  };
}
