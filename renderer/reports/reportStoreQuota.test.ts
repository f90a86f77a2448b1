import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Table } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocNode } from '../../shared/reports/documentModel';
import { BUILT_IN_TEMPLATES } from '../../shared/reports/templates';
import { openWorkstationDatabase, type WorkstationDatabase } from '../db/database';
import {
  getReport,
  reportVersions,
  saveDraft,
  saveVersion,
  type StoredReport,
} from './reportStore';

let db: WorkstationDatabase;
const doc = (text: string): DocNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  const report: StoredReport = {
    id: 'r1',
    caseId: 'c1',
    kind: 'case',
    title: '对倒团伙报告',
    status: 'draft',
    updatedAt: '2026-11-26T00:00:00.000Z',
    template: BUILT_IN_TEMPLATES[0]!,
    language: 'zh-CN',
    source: { kind: 'case', caseId: 'c1' } as StoredReport['source'],
    doc: doc('第一稿'),
    provenance: [],
    latestVersion: 0,
  };
  await db.reports.put(report);
  await saveVersion('r1', false, db);
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** Makes every put/add into `table` fail the way a full disk does. */
function fillUp(table: string) {
  const prototype = Object.getPrototypeOf(db.reports) as Table;
  for (const method of ['put', 'add'] as const) {
    const original = prototype[method];
    vi.spyOn(prototype, method).mockImplementation(function (this: Table, ...args: unknown[]) {
      if (this.name === table) throw new DOMException('quota', 'QuotaExceededError');
      return (original as (...a: unknown[]) => unknown).apply(this, args) as never;
    });
  }
}

describe('saving a report when storage is full', () => {
  it('names the report and what was not saved, and keeps the saved draft and versions', async () => {
    fillUp('reports');
    await expect(saveDraft('r1', doc('第二稿'), db)).rejects.toThrow(
      /storage is full.*the draft of report "对倒团伙报告".*export it/,
    );
    vi.restoreAllMocks();
    expect((await getReport('r1', db)).doc).toEqual(doc('第一稿'));
    expect(await reportVersions('r1', db)).toHaveLength(1);
  });

  it('rolls a version back whole: no version, no audit entry, the report unchanged', async () => {
    const auditBefore = await db.audit.count();
    fillUp('reportVersions');
    await expect(saveVersion('r1', true, db)).rejects.toThrow(
      /the final version of report "对倒团伙报告"/,
    );
    vi.restoreAllMocks();
    expect((await getReport('r1', db)).status).toBe('draft');
    expect(await reportVersions('r1', db)).toHaveLength(1);
    expect(await db.audit.count()).toBe(auditBefore);
  });
});
