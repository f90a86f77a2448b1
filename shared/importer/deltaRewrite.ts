/**
 * Applies a delta to one stored chunk: rows whose primary key a tombstone names are dropped,
 * rows the delta upserts are replaced in place. Untouched chunks are left as they are.
 */
import { ChunkBuilder } from './chunkBuilder';
import type { ChunkRow } from './chunkView';
import { ChunkView } from './chunkView';
import type { ColumnarChunk } from './columnar';

export interface DeltaChanges {
  /** Primary keys (`|`-joined) to delete. */
  deleted: ReadonlySet<string>;
  /** Primary key → the row that replaces it. */
  upserts: ReadonlyMap<string, Readonly<ChunkRow>>;
}

export interface ChunkRewrite {
  /** The rewritten chunk, or null when no row is left. */
  chunk: ColumnarChunk | null;
  /** Keys of `upserts` now stored in this chunk. */
  replacedKeys: string[];
  deletedRows: number;
}

/** The chunk after the delta, or null when the delta touches none of its rows. */
export function rewriteChunk(chunk: ColumnarChunk, changes: DeltaChanges): ChunkRewrite | null {
  const view = new ChunkView(chunk);
  const keys: string[] = new Array<string>(view.rows);
  let touched = false;
  for (let i = 0; i < view.rows; i++) {
    const key = view.primaryKey(i);
    keys[i] = key;
    if (changes.deleted.has(key) || changes.upserts.has(key)) touched = true;
  }
  if (!touched) return null;

  const builder = new ChunkBuilder(view.layout, Math.max(1, view.rows));
  const replacedKeys: string[] = [];
  let deletedRows = 0;
  for (let i = 0; i < view.rows; i++) {
    const key = keys[i] ?? '';
    if (changes.deleted.has(key)) {
      deletedRows++;
      continue;
    }
    const upsert = changes.upserts.get(key);
    if (upsert !== undefined) {
      replacedKeys.push(key);
      builder.add(upsert);
    } else {
      builder.add(view.row(i));
    }
  }
  return { chunk: builder.rows === 0 ? null : builder.build(chunk.seq), replacedKeys, deletedRows };
}
