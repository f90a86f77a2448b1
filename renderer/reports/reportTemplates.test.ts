import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, copyTemplate } from '../../shared/reports/templates';
import type { WorkstationDatabase } from '../db/database';
import { openWorkstationDatabase } from '../db/database';
import { getSetting } from '../db/settings';
import {
  allTemplates,
  deleteUserTemplate,
  saveUserTemplate,
  userTemplates,
} from './reportTemplates';

let db: WorkstationDatabase;
beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

describe('user templates', () => {
  it('keeps an edited copy beside the built-in templates, and deletes it again', async () => {
    const copy = copyTemplate(BUILT_IN_TEMPLATES[0]!, 'mine', { 'zh-CN': '我的模板', en: 'Mine' });
    copy.sections = copy.sections.slice(0, 2);
    await saveUserTemplate(copy, db);
    expect((await allTemplates(db)).map((t) => t.id)).toEqual([
      ...BUILT_IN_TEMPLATES.map((t) => t.id),
      'mine',
    ]);
    expect((await userTemplates(db))[0]!.sections).toHaveLength(2);
    // The copy does not disturb the typed settings stored beside it.
    expect(await getSetting('theme', db)).toBe('system');
    await deleteUserTemplate('mine', db);
    expect(await userTemplates(db)).toEqual([]);
  });

  it('refuses to change a built-in template and names what is wrong with a broken copy', async () => {
    await expect(saveUserTemplate(BUILT_IN_TEMPLATES[0]!, db)).rejects.toThrow(/built-in/);
    const broken = copyTemplate(BUILT_IN_TEMPLATES[2]!, 'x', { 'zh-CN': 'x', en: 'x' });
    broken.sections = [];
    await expect(saveUserTemplate(broken, db)).rejects.toThrow(
      'template.sections: a template needs at least one section',
    );
  });
});
