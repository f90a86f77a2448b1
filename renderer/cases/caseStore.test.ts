import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../db/audit';
import type { WorkstationDatabase } from '../db/database';
import { openWorkstationDatabase } from '../db/database';
import { addAlertsToCase, addEvidence, caseTimeline, createCase, listCases, listEvidence } from './caseStore';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
let db: WorkstationDatabase;
beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

describe('caseStore', () => {
  it('creates a case, adds alerts once each and evidence, and keeps a timeline', async () => {
    const options = { db, actor: 'u-li' };
    const record = await createCase({ title: '  南山区账户组连续交易  ' }, options);
    expect(record).toMatchObject({ title: '南山区账户组连续交易', status: 'open', owner: 'u-li' });
    await addAlertsToCase(record.id, ['gd:AL-1', 'gd:AL-2'], options);
    const after = await addAlertsToCase(record.id, ['gd:AL-2', 'gd:AL-3'], options);
    expect(after.alertIds).toEqual(['gd:AL-1', 'gd:AL-2', 'gd:AL-3']);
    await addEvidence(record.id, { kind: 'map', title: '地图', image: PNG, provenance: { view: 'overview' } }, options);
    await addEvidence(
      record.id,
      { kind: 'rows', title: '成交', columns: ['id', 'qty'], rows: [['T1', 100]], provenance: { view: 'alert-detail' } },
      options,
    );
    expect((await listEvidence(record.id, db)).map((item) => item.kind)).toEqual(['map', 'rows']);
    expect((await caseTimeline(record.id, db)).map((entry) => entry.action)).toEqual([
      'case.create',
      'case.add-alerts',
      'case.add-alerts',
      'case.add-evidence',
      'case.add-evidence',
    ]);
    expect((await caseTimeline(record.id, db))[3]?.after).toMatchObject({ kind: 'map', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await listCases(db)).map((item) => item.id)).toEqual([record.id]);
    expect(await verifyAuditLog(db)).toEqual({ ok: true, entries: 5 });
  });

  it('says what is wrong with bad evidence, and writes nothing', async () => {
    const record = await createCase({ title: '案件' }, { db, actor: 'u-li' });
    await expect(
      addEvidence(record.id, { kind: 'chart', title: '图', image: 'data:image/jpeg;base64,xx', provenance: { view: 'x' } }, { db }),
    ).rejects.toThrow('A chart snapshot needs a PNG data URL in `image`');
    await expect(
      addEvidence(record.id, { kind: 'rows', title: '行', columns: ['a', 'b'], rows: [['1']], provenance: { view: 'x' } }, { db }),
    ).rejects.toThrow('Row 1 has 1 cells; the columns are 2');
    await expect(addEvidence('case-nope', { kind: 'map', title: '图', image: PNG, provenance: { view: 'x' } }, { db })).rejects.toThrow(
      'No case with id "case-nope"',
    );
    expect(await db.evidence.count()).toBe(0);
  });
});
