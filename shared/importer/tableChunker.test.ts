import { describe, expect, it } from 'vitest';
import { SAMPLE_ROWS } from '../dictionary/sampleRows';
import { ChunkView } from './chunkView';
import type { ColumnarChunk } from './columnar';
import { TABLE_LAYOUTS } from './layouts';
import { TableChunker } from './tableChunker';

const trade = (i: number, instrument: string) => ({
  ...SAMPLE_ROWS.trades,
  id: `T${i}`,
  instrument,
});
const INSTRUMENTS = ['600519.SH', '000001.SZ', '300750.SZ', '601318.SH', '000858.SZ', '002594.SZ'];

describe('TableChunker', () => {
  it('emits full chunks as they fill and the rest on finish, numbering seqs from firstSeq', () => {
    const chunks: ColumnarChunk[] = [];
    const chunker = new TableChunker(TABLE_LAYOUTS.transfers, (chunk) => chunks.push(chunk), {
      rowsPerChunk: 4,
      firstSeq: 10,
    });
    for (let i = 0; i < 10; i++) chunker.add({ ...SAMPLE_ROWS.transfers, id: `X${i}` });
    expect(chunks.map((chunk) => chunk.rows)).toEqual([4, 4]);
    chunker.finish();
    expect(chunks.map((chunk) => [chunk.seq, chunk.rows])).toEqual([
      [10, 4],
      [11, 4],
      [12, 2],
    ]);
    expect(chunker.seqAfterLast).toBe(13);
    const ids = chunks.flatMap((chunk) => {
      const view = new ChunkView(chunk);
      return Array.from({ length: view.rows }, (_, i) => view.text('id', i));
    });
    expect(ids).toEqual(Array.from({ length: 10 }, (_, i) => `X${i}`));
  });

  it('keeps each instrument in one partition, so its rows gather in few chunks', () => {
    const chunks: ColumnarChunk[] = [];
    const chunker = new TableChunker(TABLE_LAYOUTS.trades, (chunk) => chunks.push(chunk), {
      rowsPerChunk: 50,
      partitions: 4,
    });
    for (let i = 0; i < 600; i++) chunker.add(trade(i, INSTRUMENTS[i % INSTRUMENTS.length] ?? ''));
    chunker.finish();
    expect(chunks.reduce((sum, chunk) => sum + chunk.rows, 0)).toBe(600);
    for (const instrument of INSTRUMENTS) {
      const holding = chunks.filter((chunk) => chunk.instruments.includes(instrument));
      expect(holding.length, instrument).toBeLessThan(chunks.length);
    }
    const seqs = chunks.map((chunk) => chunk.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('uses one partition for tables without instruments, and emits nothing when empty', () => {
    const chunks: ColumnarChunk[] = [];
    const chunker = new TableChunker(TABLE_LAYOUTS.region_metrics, (chunk) => chunks.push(chunk), {
      partitions: 8,
    });
    chunker.finish();
    expect(chunks).toEqual([]);
    chunker.add(SAMPLE_ROWS.region_metrics as never);
    chunker.finish();
    expect(chunks).toHaveLength(1);
  });
});
