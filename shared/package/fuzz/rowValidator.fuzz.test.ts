/**
 * Fuzzing the dictionary's row validator (issue 9): one column of a valid row of each table
 * removed, retyped, set out of range, or a column the dictionary does not name added. The
 * validator never throws; a problem it reports is in the column that was changed, and a value
 * of another JSON type than the column's is always refused there.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Row } from '../../dictionary/rowValidation';
import { rowValidatorFor } from '../../dictionary/rowValidation';
import { SAMPLE_ROWS } from '../../dictionary/sampleRows';
import type { DictionaryTableName } from '../../dictionary/tables';
import { DICTIONARY_TABLES } from '../../dictionary/tables';
import { dictionaryRowChecker } from '../dictionaryRowChecker';
import { PackageRefusal } from '../refusal';
import { countCase, fuzzParameters, fuzzSummaryLine } from './fuzzHarness';
import { hostileJsonValue } from './jsonMutation';

const TABLES = DICTIONARY_TABLES.map((table) => table.name) as DictionaryTableName[];

const sampleRow = (table: DictionaryTableName): Row => SAMPLE_ROWS[table] as unknown as Row;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

type Edit =
  | { op: 'remove'; column: string }
  | { op: 'replace'; column: string; value: unknown }
  | { op: 'add'; column: string; value: unknown };

const edit: fc.Arbitrary<{ table: DictionaryTableName; edit: Edit }> = fc
  .constantFrom(...TABLES)
  .chain((table) => {
    const columns = Object.keys(SAMPLE_ROWS[table]);
    return fc
      .oneof(
        fc.constantFrom(...columns).map((column): Edit => ({ op: 'remove', column })),
        fc
          .tuple(fc.constantFrom(...columns), hostileJsonValue)
          .map(([column, value]): Edit => ({ op: 'replace', column, value })),
        fc
          .tuple(
            fc.string({ minLength: 1, maxLength: 10 }).filter((key) => !columns.includes(key)),
            hostileJsonValue,
          )
          .map(([column, value]): Edit => ({ op: 'add', column, value })),
      )
      .map((e) => ({ table, edit: e }));
  });

function edited(row: Row, change: Edit): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(row)) as Record<string, unknown>;
  if (change.op === 'remove') delete copy[change.column];
  else
    Object.defineProperty(copy, change.column, {
      value: change.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

afterAll(() => console.log(fuzzSummaryLine('rowValidator')));

describe('fuzz: dictionary row validator', () => {
  it('every sample row is valid (the edits below start from good rows)', () => {
    for (const table of TABLES) expect(rowValidatorFor(table)(sampleRow(table))).toBeNull();
  });

  it('an edited column is accepted, or refused in that very column; a retyped value is always refused', () => {
    fc.assert(
      fc.property(edit, ({ table, edit: change }) => {
        countCase(`row-${change.op}`);
        const original: unknown = sampleRow(table)[change.column];
        const problem = rowValidatorFor(table)(edited(sampleRow(table), change));
        if (change.op === 'add') {
          expect(problem).toBeNull();
          return;
        }
        if (problem !== null) {
          expect(problem.column).toBe(change.column);
          expect(problem.message.length).toBeGreaterThan(0);
        }
        if (
          change.op === 'replace' &&
          change.value !== null &&
          original !== null &&
          kindOf(change.value) !== kindOf(original)
        ) {
          expect(problem?.column).toBe(change.column);
        }
      }),
      fuzzParameters(3000),
    );
  });

  it('through the package row checker, a refused row becomes a refusal naming table, line and column', async () => {
    await fc.assert(
      fc.asyncProperty(edit, fc.integer({ min: 1, max: 1_000_000 }), async (sample, line) => {
        countCase('row-checker');
        const { table, edit: change } = sample;
        const checker = await dictionaryRowChecker(table, null);
        const problem = checker.check(edited(sampleRow(table), change), line);
        if (problem === null) return;
        expect(problem.line).toBe(line);
        const refusal = new PackageRefusal(
          problem.reason,
          { dataset: 'gd', version: 3, table, line: problem.line, column: problem.column },
          problem.message,
        );
        expect(refusal.message).toContain(
          `table ${table}, line ${line}, column "${change.column}"`,
        );
      }),
      fuzzParameters(1000),
    );
  });
});
