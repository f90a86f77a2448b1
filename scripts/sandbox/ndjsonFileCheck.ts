/**
 * Checks a table's NDJSON bytes as they stream past, with the same rules the workstation
 * applies (shared/package): UTF-8, one JSON object per line, the dictionary's row rules.
 */
import type { NdjsonRow } from '../../shared/package/ndjson';
import {
  NdjsonError,
  NdjsonLineSplitter,
  lineOfInvalidUtf8,
  parseNdjsonRow,
} from '../../shared/package/ndjson';
import type { RowChecker } from '../../shared/package/rowChecker';

/** A problem in an input file, named by file and line. */
export class InputFileError extends Error {
  override readonly name = 'InputFileError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: string | null,
    detail: string,
  ) {
    super(`${file} line ${line}${column === null ? '' : `, column "${column}"`}: ${detail}`);
  }
}

export class NdjsonFileCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly splitter = new NdjsonLineSplitter();
  private rows = 0;

  constructor(
    private readonly file: string,
    private readonly rowChecker: RowChecker,
    private readonly onRow?: (row: NdjsonRow) => void,
  ) {}

  push(bytes: Uint8Array): void {
    this.checkLines(this.decode(bytes, false));
  }

  /** Checks the last line and table-wide rules; returns the row count. */
  finish(): number {
    this.checkLines(this.decode(undefined, true));
    const last = this.splitter.finish();
    if (last !== null) this.checkLine(last, this.splitter.linesSoFar);
    const problem = this.rowChecker.finish();
    if (problem) throw new InputFileError(this.file, problem.line, problem.column, problem.message);
    return this.rows;
  }

  private decode(bytes: Uint8Array | undefined, final: boolean): string {
    try {
      return final ? this.decoder.decode() : this.decoder.decode(bytes, { stream: true });
    } catch {
      const line = lineOfInvalidUtf8(bytes ?? new Uint8Array(0), this.splitter.linesSoFar + 1);
      throw new InputFileError(this.file, line, null, 'not valid UTF-8');
    }
  }

  private checkLines(text: string): void {
    let lineNumber = this.splitter.linesSoFar;
    let lines: string[];
    try {
      lines = this.splitter.push(text);
    } catch (error) {
      if (error instanceof NdjsonError)
        throw new InputFileError(this.file, error.line, null, error.message);
      throw error;
    }
    for (const line of lines) this.checkLine(line, ++lineNumber);
  }

  private checkLine(line: string, lineNumber: number): void {
    let row: NdjsonRow;
    try {
      row = parseNdjsonRow(line, lineNumber);
    } catch (error) {
      if (error instanceof NdjsonError)
        throw new InputFileError(this.file, error.line, null, error.message);
      throw error;
    }
    const problem = this.rowChecker.check(row, lineNumber);
    if (problem) throw new InputFileError(this.file, lineNumber, problem.column, problem.message);
    this.rows++;
    this.onRow?.(row);
  }
}
