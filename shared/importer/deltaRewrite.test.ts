import { describe, expect, it } from 'vitest';
import { SAMPLE_ROWS } from '../dictionary/sampleRows';
import { ChunkBuilder } from './chunkBuilder';
import { ChunkView } from './chunkView';
import { rewriteChunk } from './deltaRewrite';
import { TABLE_LAYOUTS } from './layouts';

const trade = (id: string, qty: number) => ({ ...SAMPLE_ROWS.trades, id, qty });

function chunk(rows: Record<string, unknown>[]) {
  const builder = new ChunkBuilder(TABLE_LAYOUTS.trades);
  for (const row of rows) builder.add(row);
  return builder.build(3);
}

const ids = (rewritten: ReturnType<typeof rewriteChunk>) => {
  const view = new ChunkView(rewritten?.chunk ?? chunk([]));
  return Array.from({ length: view.rows }, (_, i) => [view.text('id', i), view.number('qty', i)]);
};

describe('rewriteChunk', () => {
  const stored = chunk([trade('T1', 100), trade('T2', 200), trade('T3', 300)]);

  it('leaves a chunk the delta does not touch', () => {
    expect(rewriteChunk(stored, { deleted: new Set(['T9']), upserts: new Map() })).toBeNull();
  });

  it('replaces upserted rows in place and drops tombstoned ones, keeping the seq', () => {
    const rewritten = rewriteChunk(stored, {
      deleted: new Set(['T1']),
      upserts: new Map([['T3', trade('T3', 333)]]),
    });
    expect(ids(rewritten)).toEqual([
      ['T2', 200],
      ['T3', 333],
    ]);
    expect(rewritten?.chunk?.seq).toBe(3);
    expect(rewritten?.replacedKeys).toEqual(['T3']);
    expect(rewritten?.deletedRows).toBe(1);
  });

  it('gives no chunk when every row goes', () => {
    const rewritten = rewriteChunk(stored, {
      deleted: new Set(['T1', 'T2', 'T3']),
      upserts: new Map(),
    });
    expect(rewritten?.chunk).toBeNull();
    expect(rewritten?.deletedRows).toBe(3);
  });

  it('matches composite keys as tombstones write them', () => {
    const builder = new ChunkBuilder(TABLE_LAYOUTS.identifiers);
    builder.add(SAMPLE_ROWS.identifiers as never);
    builder.add({ ...SAMPLE_ROWS.identifiers, kind: 'ip' });
    const rewritten = rewriteChunk(builder.build(0), {
      deleted: new Set(['A1|device|9f2c4e']),
      upserts: new Map(),
    });
    const view = new ChunkView(rewritten?.chunk ?? builder.build(0));
    expect(view.rows).toBe(1);
    expect(view.text('kind', 0)).toBe('ip');
  });
});
