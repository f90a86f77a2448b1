/** The input folder of `publish`: one `<table>.ndjson` per dictionary table. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DICTIONARY_TABLES, isDictionaryTableName } from '../../shared/dictionary/tables';
import type { DictionaryTableName } from '../../shared/dictionary/tables';
import { sortTablesForImport } from '../../shared/package/references';

export interface TableInput {
  table: DictionaryTableName;
  file: string;
}

/** The tables to publish in import order; a file that names no dictionary table is an error, not skipped. */
export async function listTableInputs(
  folder: string,
  kind: 'full' | 'delta',
): Promise<TableInput[]> {
  const names = (await readdir(folder))
    .filter((name) => name.endsWith('.ndjson'))
    .map((name) => name.slice(0, -'.ndjson'.length));
  if (names.length === 0) throw new Error(`${folder} holds no <table>.ndjson file`);
  const unknown = names.filter((name) => !isDictionaryTableName(name));
  if (unknown.length > 0) {
    const known = DICTIONARY_TABLES.map((table) => table.name).join(', ');
    throw new Error(
      `not tables of the dictionary: ${unknown.map((name) => `${name}.ndjson`).join(', ')} (tables: ${known})`,
    );
  }
  if (kind === 'full' && names.includes('tombstones'))
    throw new Error('tombstones.ndjson belongs in a delta (--delta-of)');
  return sortTablesForImport(names as DictionaryTableName[]).map((table) => ({
    table,
    file: join(folder, `${table}.ndjson`),
  }));
}
