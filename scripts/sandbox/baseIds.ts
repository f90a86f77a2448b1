/**
 * Ids of the rows a delta builds on, read from a folder of NDJSON tables (the publisher's copy
 * of the base data), so a delta's references can be checked like the workstation will.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { primaryKeyColumnsOf } from '../../shared/dictionary/tables';
import type { IdSeed, ReferencedTable } from '../../shared/package/references';

async function* idsOfTableFile(path: string, table: ReferencedTable): AsyncGenerator<string> {
  if (!existsSync(path)) return;
  const keyColumn = primaryKeyColumnsOf(table)[0];
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line === '') continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new Error(`${path} line ${lineNumber}: not valid JSON`);
    }
    const id = (row as Record<string, unknown>)[keyColumn];
    if (typeof id === 'string') yield id;
  }
}

export function idSeedFromFolder(folder: string): IdSeed {
  return (table) => idsOfTableFile(join(folder, `${table}.ndjson`), table);
}
