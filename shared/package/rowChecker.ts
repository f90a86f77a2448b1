/** What `readTableRows` asks of each row besides being a JSON object: the dictionary's rules. */
import type { NdjsonRow } from './ndjson';

export interface RowProblem {
  reason: 'row-invalid' | 'dangling-reference';
  line: number;
  column: string;
  message: string;
}

export interface RowChecker {
  /** The row's problem, or null. Called once per row, in file order. */
  check(row: NdjsonRow, line: number): RowProblem | null;
  /** Problems only the whole table reveals (a reference to a row further down that never came). */
  finish(): RowProblem | null;
  /** After `finish`: problems whose check waits on storage (references to spilled ids). */
  settle?(): Promise<RowProblem | null>;
}
