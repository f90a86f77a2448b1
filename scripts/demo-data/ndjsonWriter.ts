/**
 * Writes one NDJSON table file (one JSON object per line, LF line ends) through a 1 MB buffer,
 * so that tables of millions of rows stream to disk in bounded memory. Synchronous: the
 * generator is a single-threaded batch job and this keeps the output order trivially fixed.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT_CHARS = 1 << 20;

export class NdjsonWriter {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingChars = 0;
  private rowCount = 0;
  private byteCount = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  get rows(): number {
    return this.rowCount;
  }

  get bytes(): number {
    return this.byteCount;
  }

  write(row: object): void {
    const line = `${JSON.stringify(row)}\n`;
    this.pending.push(line);
    this.pendingChars += line.length;
    this.rowCount++;
    if (this.pendingChars >= FLUSH_AT_CHARS) this.flush();
  }

  writeAll(rows: Iterable<object>): void {
    for (const row of rows) this.write(row);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const buffer = Buffer.from(this.pending.join(''), 'utf8');
    let written = 0;
    while (written < buffer.length) written += writeSync(this.fd, buffer, written);
    this.byteCount += buffer.length;
    this.pending = [];
    this.pendingChars = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
