/**
 * The templates a user can draft from: the built-in ones and the user's edited copies. Copies
 * live in the `settings` store under one key (no schema change: the store is keyed by name).
 */
import type { ReportTemplate } from '../../shared/reports/templates';
import { BUILT_IN_TEMPLATES, templateProblems } from '../../shared/reports/templates';
import type { WorkstationDatabase } from '../db/database';
import { getDatabase } from '../db/database';
import type { SettingRecord } from '../db/records';

export const USER_TEMPLATES_KEY = 'reportTemplates';

export async function userTemplates(
  db: WorkstationDatabase = getDatabase(),
): Promise<ReportTemplate[]> {
  const record = (await db.settings.get(USER_TEMPLATES_KEY as never)) as
    { value?: unknown } | undefined;
  const value = Array.isArray(record?.value) ? (record.value as unknown[]) : [];
  // A copy that no longer checks out (edited elsewhere, older format) is left out, not fatal.
  return value.filter((t): t is ReportTemplate => templateProblems(t).length === 0);
}

export async function allTemplates(
  db: WorkstationDatabase = getDatabase(),
): Promise<ReportTemplate[]> {
  return [...BUILT_IN_TEMPLATES, ...(await userTemplates(db))];
}

/** Adds or replaces a user template; throws a RangeError naming each problem. */
export async function saveUserTemplate(
  template: ReportTemplate,
  db: WorkstationDatabase = getDatabase(),
): Promise<void> {
  const problems = templateProblems(template);
  if (template.builtIn)
    problems.push('template.builtIn: built-in templates cannot be changed, copy one');
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  const others = (await userTemplates(db)).filter((t) => t.id !== template.id);
  await db.settings.put({
    key: USER_TEMPLATES_KEY,
    value: [...others, template],
  } as unknown as SettingRecord);
}

export async function deleteUserTemplate(
  id: string,
  db: WorkstationDatabase = getDatabase(),
): Promise<void> {
  const kept = (await userTemplates(db)).filter((t) => t.id !== id);
  await db.settings.put({ key: USER_TEMPLATES_KEY, value: kept } as unknown as SettingRecord);
}
