/** The dictionary's row rules and references as one RowChecker for `readTableRows`. */
import { rowValidatorFor } from '../dictionary/rowValidation';
import { isDictionaryTableName } from '../dictionary/tables';
import type { ReferenceChecker } from './references';
import type { RowChecker } from './rowChecker';

/**
 * Tables outside the dictionary (added by a newer sandbox) pass unchecked. With `references`,
 * call this for the tables in TABLE_IMPORT_ORDER, one table at a time.
 */
export async function dictionaryRowChecker(
  table: string,
  references: ReferenceChecker | null,
): Promise<RowChecker> {
  const validate = isDictionaryTableName(table) ? rowValidatorFor(table) : null;
  await references?.beginTable(table);
  return {
    check(row, line) {
      const invalid = validate?.(row);
      if (invalid) return { reason: 'row-invalid', line, ...invalid };
      const dangling = references?.check(table, row, line);
      return dangling ? { reason: 'dangling-reference', ...dangling } : null;
    },
    finish() {
      const dangling = references?.endTable(table);
      return dangling ? { reason: 'dangling-reference', ...dangling } : null;
    },
    async settle() {
      const dangling = await references?.checkSpilled(table);
      return dangling ? { reason: 'dangling-reference', ...dangling } : null;
    },
  };
}
