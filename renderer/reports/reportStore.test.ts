import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_ROWS } from '../../shared/dictionary/sampleRows';
import type { ColumnarChunk } from '../../shared/importer/columnar';
import type { ChunkedTableName } from '../../shared/importer/layouts';
import { TABLE_LAYOUTS } from '../../shared/importer/layouts';
import type { PostingsPart } from '../../shared/importer/postings';
import { PostingsAccumulator } from '../../shared/importer/postings';
import { TableChunker } from '../../shared/importer/tableChunker';
import { PROVENANCE_MARK, plainText, type DocNode } from '../../shared/reports/documentModel';
import { rowKeysOf } from '../../shared/reports/provenance';
import { BUILT_IN_TEMPLATES } from '../../shared/reports/templates';
import { verifyAuditLog } from '../db/audit';
import type { WorkstationDatabase } from '../db/database';
import { openWorkstationDatabase } from '../db/database';
import { createCaseForReport } from './createCaseForReport';
import { answerDraftRequest } from './drafting/answerDraftRequest';
import type { DraftRequest, DraftResponse } from './drafting/protocol';
import { runDraftJob } from './drafting/runDraftJob';
import {
  createReport,
  getReport,
  redraftReportSection,
  reportVersions,
  saveDraft,
  saveVersion,
} from './reportStore';

let db: WorkstationDatabase;
const GEN = 'gd#2';

async function store(table: ChunkedTableName, rows: Record<string, unknown>[]) {
  const chunks: ColumnarChunk[] = [];
  const parts: PostingsPart[] = [];
  const postings = new PostingsAccumulator((emitted) => parts.push(...emitted));
  const chunker = new TableChunker(
    TABLE_LAYOUTS[table],
    (chunk) => {
      chunks.push(chunk);
      postings.addChunk(chunk);
    },
    { rowsPerChunk: 3, partitions: 2 },
  );
  for (const row of rows) chunker.add(row);
  chunker.finish();
  postings.flush();
  await db.chunks.bulkPut(chunks.map((chunk) => ({ ...chunk, generation: GEN })));
  await db.accountPostings.bulkPut(parts.map((part) => ({ ...part, generation: GEN, table })));
}

const trade = (
  id: string,
  account: string,
  side: 'B' | 'S',
  price: number,
  qty: number,
  ts: string,
  instrument = '600519.SH',
) => ({
  ...SAMPLE_ROWS.trades,
  id,
  order: `O${id}`,
  account,
  counterparty: null,
  side,
  price,
  qty,
  ts,
  instrument,
});

beforeEach(async () => {
  db = await openWorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.datasets.put({
    id: 'gd',
    sourceId: 's',
    title: 'Guangdong',
    currentVersion: 2,
    kind: 'delta',
    importedAt: '2026-10-01T00:00:00.000Z',
    expires: '2036-10-01T00:00:00+08:00',
    scope: {
      jurisdiction: '440000',
      brokers: ['B01'],
      period: { from: '2026-07-01', to: '2026-09-30' },
    },
    manifestHash: 'ab'.repeat(32),
    generation: GEN,
    rowCounts: {},
  });
  for (const id of ['A1', 'A2', 'A3'])
    await db.accounts.put({ ...SAMPLE_ROWS.accounts, id, dataset: GEN });
  await db.instruments.put({
    ...SAMPLE_ROWS.instruments,
    code: '600519.SH',
    name: '汐岚科技',
    dataset: GEN,
  });
  await db.alerts.put({
    ...SAMPLE_ROWS.alerts,
    id: 'AL-1',
    typology: 'wash_trade',
    score: 0.9,
    accounts: ['A1', 'A2'],
    instruments: ['600519.SH'],
    window: { from: '2026-09-01T09:30:00.000+08:00', to: '2026-09-02T15:00:00.000+08:00' },
    dataset: GEN,
  });
  await store('trades', [
    trade('T1', 'A1', 'B', 10.5, 100, '2026-09-01T10:00:00.000+08:00'),
    trade('T2', 'A2', 'S', 10.5, 100, '2026-09-01T10:00:00.500+08:00'),
    trade('T3', 'A1', 'S', 11.25, 300, '2026-09-02T14:00:00.000+08:00'),
    // Outside the window, another instrument, another account: none counts.
    trade('T4', 'A1', 'B', 99, 1000, '2026-09-05T10:00:00.000+08:00'),
    trade('T5', 'A2', 'B', 99, 1000, '2026-09-01T10:00:00.000+08:00', '000001.SZ'),
    trade('T6', 'A3', 'B', 99, 1000, '2026-09-01T10:00:00.000+08:00'),
  ]);
  await store('market_bars', [
    { ...SAMPLE_ROWS.market_bars, instrument: '600519.SH', date: '2026-08-31', close: 10 },
    { ...SAMPLE_ROWS.market_bars, instrument: '600519.SH', date: '2026-09-01', close: 10.5 },
    { ...SAMPLE_ROWS.market_bars, instrument: '600519.SH', date: '2026-09-02', close: 11 },
  ]);
});
afterEach(() => db.close());

function findText(node: DocNode, text: string): DocNode | undefined {
  if (node.type === 'text' && node.text === text) return node;
  for (const child of node.content ?? []) {
    const found = findText(child, text);
    if (found) return found;
  }
  return undefined;
}

describe('drafting a case report from the database', () => {
  it('states the accounts, instrument and totals of the case trades, each with the rows behind it', async () => {
    const record = await createCaseForReport('对倒案', ['gd:AL-1'], db);
    expect(record.accountIds).toEqual(['gd:A1', 'gd:A2']);
    // Created through the case store: one audited `case.create`, the log still verifies.
    expect(await db.audit.where('action').equals('case.create').count()).toBe(1);
    const report = await createReport(
      BUILT_IN_TEMPLATES[0]!,
      'zh-CN',
      { kind: 'case', caseId: record.id },
      db,
    );
    const text = plainText(report.doc);
    expect(text).toContain('A1、A2');
    expect(text).toContain('600519.SH');
    // 10.5×100 + 10.5×100 + 11.25×300 = 5,475.00; T4–T6 fall outside the selection.
    expect(text).toContain('5,475.00元');
    expect(text).toContain('+10.00%');
    const amount = findText(report.doc, '5,475.00元')!;
    const mark = amount.marks!.find(
      (m) => m.type === PROVENANCE_MARK && m.attrs?.kind === 'figure',
    )!;
    const provenance = report.provenance.find((p) => p.id === mark.attrs!.id)!;
    expect(provenance.query.compute).toBe('sum(price*qty)');
    expect(provenance.rowCount).toBe(3);
    expect(rowKeysOf(provenance, report.provenance).sort()).toEqual(['T1', 'T2', 'T3']);
    expect(provenance.sources[0]).toContain('ab'.repeat(32));
  });

  it('redrafts one section and keeps the edits made elsewhere; a final version is locked and audited', async () => {
    const record = await createCaseForReport('对倒案', ['gd:AL-1'], db);
    const report = await createReport(
      BUILT_IN_TEMPLATES[0]!,
      'en',
      { kind: 'case', caseId: record.id },
      db,
    );
    const edited = structuredClone(report.doc);
    const basic = edited.content!.find((n) => n.attrs?.sectionId === 'basic-facts')!;
    basic.content!.push({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Analyst remark kept.' }],
    });
    const findings = edited.content!.find((n) => n.attrs?.sectionId === 'findings')!;
    findings.content = [{ type: 'paragraph', content: [{ type: 'text', text: 'scribble' }] }];
    await saveDraft(report.id, edited, db);
    const next = await redraftReportSection(report.id, 'findings', edited, db);
    const text = plainText(next.doc);
    expect(text).toContain('Analyst remark kept.');
    expect(text).not.toContain('scribble');
    expect(text).toContain('CNY 5,475.00');

    await saveVersion(report.id, false, db);
    const final = await saveVersion(report.id, true, db);
    expect(final.version).toBe(2);
    expect((await getReport(report.id, db)).status).toBe('final');
    await expect(saveDraft(report.id, edited, db)).rejects.toThrow(/final/);
    expect((await reportVersions(report.id, db)).map((v) => v.version)).toEqual([1, 2]);
    const audit = await db.audit.where('action').equals('report.final').toArray();
    expect(audit[0]!.detail).toContain(final.hash);
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });

  it('refuses a case with an alert the data no longer has, naming it', async () => {
    await expect(createCaseForReport('x', ['gd:AL-404'], db)).rejects.toThrow('gd:AL-404');
  });
});

describe('drafting in the worker', () => {
  /** Messages the stand-in worker posted back, as the page would receive them (cloned, later). */
  let received: DraftResponse[] = [];

  /** Answers as draft.worker.ts does, on the test's database, two provenance records a message. */
  class StandInWorker {
    onmessage: ((event: { data: DraftResponse }) => void) | null = null;
    onerror: ((event: { message: string }) => void) | null = null;
    postMessage(request: DraftRequest): void {
      void answerDraftRequest(
        structuredClone(request),
        db,
        (message) =>
          setTimeout(() => {
            received.push(message);
            this.onmessage?.({ data: structuredClone(message) });
          }),
        2,
      );
    }
    terminate(): void {}
  }

  beforeEach(() => {
    received = [];
    vi.stubGlobal('Worker', StandInWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('gives the page the same document and provenance as drafting in place, the records in parts', async () => {
    const record = await createCaseForReport('对倒案', ['gd:AL-1'], db);
    const source = { kind: 'case' as const, caseId: record.id };
    const template = BUILT_IN_TEMPLATES[0]!;
    const report = await createReport(template, 'zh-CN', source, db);
    const direct = await runDraftJob({ type: 'draft', template, language: 'zh-CN', source }, db);
    expect(direct.provenance.length).toBeGreaterThan(2);
    expect(report.doc).toEqual(direct.doc);
    expect(report.provenance).toEqual(direct.provenance);
    expect(report.title).toBe(direct.title);
    const parts = received.filter((m) => m.type === 'provenance');
    expect(parts.length).toBe(Math.ceil(direct.provenance.length / 2));
    expect(received.filter((m) => m.type === 'node').length).toBe(direct.doc.content!.length);
    expect(received.at(-1)!.type).toBe('drafted');

    const edited = structuredClone(report.doc);
    edited.content!.push({ type: 'paragraph', content: [{ type: 'text', text: 'Kept.' }] });
    const next = await redraftReportSection(report.id, 'findings', edited, db);
    expect(plainText(next.doc)).toContain('Kept.');
    expect(next.provenance.map((p) => p.id).sort()).toEqual(
      report.provenance.map((p) => p.id).sort(),
    );
  });

  it("rejects with the worker's message naming what is missing", async () => {
    await expect(
      createReport(BUILT_IN_TEMPLATES[0]!, 'en', { kind: 'case', caseId: 'case-404' }, db),
    ).rejects.toThrow('case-404');
  });
});
