import { describe, expect, it } from 'vitest';
import { SAMPLE_ROWS } from '../dictionary/sampleRows';
import type { Trade } from '../dictionary/types';
import { plainText, provenanceIds } from './documentModel';
import { draftReport, redraftSection } from './draftReport';
import type { CaseEvidence, JurisdictionEvidence } from './evidence';
import { printDocumentHtml } from './printDocument';
import { BUILT_IN_TEMPLATES, copyTemplate, templateProblems } from './templates';

const [CASE_TEMPLATE, REFERRAL_TEMPLATE, JURISDICTION_TEMPLATE] = BUILT_IN_TEMPLATES as [
  (typeof BUILT_IN_TEMPLATES)[number],
  (typeof BUILT_IN_TEMPLATES)[number],
  (typeof BUILT_IN_TEMPLATES)[number],
];

const trade = (
  id: string,
  account: string,
  side: 'B' | 'S',
  price: number,
  qty: number,
): Trade => ({
  ...SAMPLE_ROWS.trades,
  id,
  account,
  counterparty: account === 'A1' ? 'A2' : 'A1',
  instrument: '600519.SH',
  side,
  price,
  qty,
  ts: '2026-09-01T10:00:00.000+08:00',
});

function caseEvidence(): CaseEvidence {
  return {
    case: {
      id: 'c1',
      title: '<script>alert(1)</script>',
      status: 'open',
      owner: 'u',
      createdAt: '',
      accountIds: ['A1', 'A2'],
    },
    datasets: [
      {
        id: 'gd',
        title: 'GD',
        version: 3,
        manifestHash: 'f'.repeat(64),
        generation: 'gd#3',
        jurisdiction: '440000',
        period: { from: '2026-07-01', to: '2026-09-30' },
        importedAt: '',
      },
    ],
    alerts: [
      {
        ...SAMPLE_ROWS.alerts,
        id: 'AL1',
        key: 'gd:AL1',
        dataset: 'gd',
        typology: 'wash_trade',
        score: 0.9,
        accounts: ['A1', 'A2'],
        instruments: ['600519.SH'],
        window: { from: '2026-09-01T09:30:00.000+08:00', to: '2026-09-01T15:00:00.000+08:00' },
      },
      {
        ...SAMPLE_ROWS.alerts,
        id: 'AL2',
        key: 'gd:AL2',
        dataset: 'gd',
        typology: 'spoofing',
        score: 0.4,
        accounts: ['A3'],
        instruments: ['600519.SH'],
        window: { from: '2026-09-01T09:30:00.000+08:00', to: '2026-09-01T15:00:00.000+08:00' },
      },
    ],
    annotations: [
      {
        alertKey: 'gd:AL2',
        disposition: 'false_positive',
        severity: null,
        typology: null,
        note: 'quant firm',
        author: 'u',
        updatedAt: '',
      },
    ],
    accounts: [
      { ...SAMPLE_ROWS.accounts, id: 'A1' },
      { ...SAMPLE_ROWS.accounts, id: 'A2' },
    ],
    brokers: [SAMPLE_ROWS.brokers],
    regions: [],
    instruments: [{ ...SAMPLE_ROWS.instruments, code: '600519.SH', name: '汐岚科技' }],
    trades: [
      trade('T1', 'A1', 'B', 10, 100),
      trade('T2', 'A2', 'S', 10, 100),
      trade('T3', 'A3', 'B', 50, 1000),
    ],
    transfers: [],
    identifiers: [
      { ...SAMPLE_ROWS.identifiers, account: 'A1', kind: 'device', value_hash: 'd'.repeat(64) },
      { ...SAMPLE_ROWS.identifiers, account: 'A2', kind: 'device', value_hash: 'd'.repeat(64) },
    ],
    marketBars: [],
    events: [],
    insiders: [],
    rules: [],
  };
}

describe('drafting a case report', () => {
  it('leaves out dismissed alerts from the findings, and keeps the dismissal in the dispositions', () => {
    const { doc } = draftReport(CASE_TEMPLATE, { kind: 'case', evidence: caseEvidence() }, 'en');
    const findings = doc.content!.find((n) => n.attrs?.sectionId === 'findings')!;
    expect(plainText(findings)).toContain('a) Wash trading');
    expect(plainText(findings)).not.toMatch(/spoofing/i);
    // Only the ring's two trades: 10×100 twice.
    expect(plainText(findings)).toContain('CNY 2,000.00');
    const dispositions = doc.content!.find((n) => n.attrs?.sectionId === 'dispositions')!;
    expect(plainText(dispositions)).toContain('dismissed');
    expect(plainText(dispositions)).toContain('quant firm');
  });

  it('marks every figure with a record that exists, and indexes every record in the evidence annex', () => {
    const { doc, provenance } = draftReport(
      CASE_TEMPLATE,
      { kind: 'case', evidence: caseEvidence() },
      'zh-CN',
    );
    const ids = new Set(provenance.map((p) => p.id));
    for (const id of provenanceIds(doc)) expect(ids.has(id)).toBe(true);
    const annex = doc.content!.find((n) => n.attrs?.sectionId === 'annex-evidence')!;
    const indexed = provenanceIds(annex);
    for (const record of provenance.filter((p) => p.sectionId !== 'annex-evidence'))
      expect(indexed.has(record.id)).toBe(true);
    expect(provenance[0]!.sources[0]).toBe(`gd v3 (manifest sha256 ${'f'.repeat(64)})`);
  });

  it('shows the case’s collected snapshots in their sections, each caption traced to its view', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const shot = (
      id: string,
      kind: 'map' | 'graph',
      title: string,
      parameters: Record<string, unknown>,
    ) => ({
      id,
      kind,
      title,
      image: `${png}${id}`,
      provenance: { view: kind === 'map' ? 'overview' : 'graph', dataset: 'gd', parameters },
      createdAt: '2026-10-02T08:00:00.000Z',
      createdBy: 'u-li',
    });
    const evidence: CaseEvidence = {
      ...caseEvidence(),
      snapshots: [
        shot('ev-1', 'graph', 'Account graph: alert AL-1', {
          seed: { by: 'alert', alertId: 'AL-1' },
        }),
        shot('ev-2', 'map', 'Risk map · Guangdong', { metric: 'openAlerts', region: '440000' }),
      ],
    };
    const { doc, provenance } = draftReport(CASE_TEMPLATE, { kind: 'case', evidence }, 'en');
    const images = (sectionId: string) =>
      JSON.stringify(doc.content!.find((n) => n.attrs?.sectionId === sectionId)).match(
        /base64,iVBORw0KGgo=ev-\d/g,
      );
    expect(images('related')).toEqual([`base64,iVBORw0KGgo=ev-1`]);
    expect(images('trading')).toEqual([`base64,iVBORw0KGgo=ev-2`]);
    const record = provenance.find((p) => p.value === 'Risk map · Guangdong')!;
    expect(record.query).toMatchObject({
      table: 'evidence',
      filter: { evidence: 'ev-2', view: 'overview', metric: 'openAlerts', region: '440000' },
    });
    expect(record.rowKeys).toEqual(['ev-2']);
    expect(provenanceIds(doc)).toContain(record.id);
    // Without snapshots the sections hold only the drafted figures.
    const plain = draftReport(CASE_TEMPLATE, { kind: 'case', evidence: caseEvidence() }, 'en');
    expect(plainText(plain.doc)).not.toContain('Snapshots collected in the case');
    expect(plainText(doc)).toContain('Snapshots collected in the case');
  });

  it('drafts from a user copy of a template: retitled, reordered, with a text section of its own', () => {
    const copy = copyTemplate(CASE_TEMPLATE, 'mine', { 'zh-CN': '我的', en: 'Mine' });
    copy.sections = [
      { ...copy.sections[1]!, title: { 'zh-CN': '一、查明事实', en: 'Facts' } },
      {
        id: 'remarks',
        generator: 'text',
        title: { 'zh-CN': '二、说明', en: 'Remarks' },
        lead: { 'zh-CN': '此处由分析员填写。', en: 'To be written.' },
      },
    ];
    expect(templateProblems(copy)).toEqual([]);
    const { doc } = draftReport(copy, { kind: 'case', evidence: caseEvidence() }, 'zh-CN');
    const text = plainText(doc);
    expect(text.indexOf('一、查明事实')).toBeLessThan(text.indexOf('二、说明'));
    expect(text).toContain('此处由分析员填写。');
    expect(text).not.toContain('基本情况');
  });

  it('redrafts one section from new evidence and leaves an edited section alone', () => {
    const first = draftReport(CASE_TEMPLATE, { kind: 'case', evidence: caseEvidence() }, 'en');
    const edited = structuredClone(first.doc);
    const related = edited.content!.find((n) => n.attrs?.sectionId === 'related')!;
    related.content = [
      { type: 'paragraph', content: [{ type: 'text', text: 'My own analysis.' }] },
    ];
    const more = caseEvidence();
    more.trades.push(trade('T4', 'A1', 'B', 10, 400));
    const next = redraftSection(
      { doc: edited, provenance: first.provenance },
      CASE_TEMPLATE,
      'findings',
      { kind: 'case', evidence: more },
      'en',
    );
    expect(plainText(next.doc)).toContain('My own analysis.');
    expect(plainText(next.doc)).toContain('CNY 6,000.00');
    expect(next.provenance.filter((p) => p.sectionId === 'findings').length).toBeGreaterThan(0);
    expect(next.provenance.filter((p) => p.sectionId === 'basic-facts')).toEqual(
      first.provenance.filter((p) => p.sectionId === 'basic-facts'),
    );
  });

  it('redrafting a section refreshes the evidence index and keeps edits elsewhere', () => {
    const first = draftReport(CASE_TEMPLATE, { kind: 'case', evidence: caseEvidence() }, 'en');
    const indexOf = (doc: typeof first.doc) =>
      doc.content!.find((n) => n.attrs?.sectionId === 'annex-evidence')!;
    expect(plainText(indexOf(first.doc))).not.toContain('CNY 6,000.00');
    const edited = structuredClone(first.doc);
    const related = edited.content!.find((n) => n.attrs?.sectionId === 'related')!;
    related.content = [
      { type: 'paragraph', content: [{ type: 'text', text: 'My own analysis.' }] },
    ];
    const more = caseEvidence();
    more.trades.push(trade('T4', 'A1', 'B', 10, 400));
    const next = redraftSection(
      { doc: edited, provenance: first.provenance },
      CASE_TEMPLATE,
      'findings',
      { kind: 'case', evidence: more },
      'en',
    );
    const index = indexOf(next.doc);
    // The index lists the redrafted figure, and every record it names exists (none left over).
    expect(plainText(index)).toContain('CNY 6,000.00');
    const named = provenanceIds(index);
    const others = next.provenance.filter((r) => r.sectionId !== 'annex-evidence');
    expect(new Set(named)).toEqual(new Set(others.map((r) => r.id)));
    expect(plainText(next.doc)).toContain('My own analysis.');
    // Redrafting the index itself redrafts only the index.
    const again = redraftSection(
      next,
      CASE_TEMPLATE,
      'annex-evidence',
      { kind: 'case', evidence: more },
      'en',
    );
    expect(again.doc.content!.find((n) => n.attrs?.sectionId === 'related')).toEqual(related);
  });

  it('drafts a referral with the account groups the ties form', () => {
    const { doc } = draftReport(
      REFERRAL_TEMPLATE,
      { kind: 'case', evidence: caseEvidence() },
      'zh-CN',
    );
    const text = plainText(doc);
    expect(text).toContain('稽查部门');
    // A1 and A2 share a device; A3 bought from A1 (trade T3), which ties it to them too.
    expect(text).toContain('账户组 1（3 个账户）');
    expect(text).not.toContain('账户组 2');
  });

  it('escapes the document in the printed HTML', () => {
    const { doc } = draftReport(CASE_TEMPLATE, { kind: 'case', evidence: caseEvidence() }, 'zh-CN');
    const html = printDocumentHtml(doc, { title: '<b>x</b>', lines: ['a'], language: 'zh-CN' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
    expect(html).toContain('counter(page)');
    // Header rows repeat on each printed page.
    expect(html).toMatch(/<table><thead><tr><th[ >][^]*?<\/thead><tbody><tr><td[ >]/);
    // Electron numbers the pages in its own footer: the document then carries no numbers of its own.
    expect(
      printDocumentHtml(doc, { title: 'x', lines: [], language: 'en' }, { cssPageNumbers: false }),
    ).not.toContain('counter(page)');
  });
});

describe('templates', () => {
  it('names each problem of a broken template', () => {
    const broken = {
      ...JURISDICTION_TEMPLATE,
      builtIn: false,
      sections: [
        JURISDICTION_TEMPLATE.sections[0]!,
        JURISDICTION_TEMPLATE.sections[0]!,
        { ...CASE_TEMPLATE.sections[0]!, id: 'x' },
      ],
    };
    expect(templateProblems(broken)).toEqual([
      'template.sections[1].id: "scope" appears twice',
      'template.sections[2].generator: "basicFacts" cannot draft a jurisdiction report (it drafts case reports)',
    ]);
    expect(() =>
      draftReport(
        CASE_TEMPLATE,
        { kind: 'jurisdiction', evidence: {} as JurisdictionEvidence },
        'en',
      ),
    ).toThrow(/drafts case reports/);
  });
});

describe('drafting a jurisdiction report', () => {
  it('counts the period’s alerts and coverage from the evidence', () => {
    const evidence: JurisdictionEvidence = {
      period: { label: '2026 Q3', from: '2026-07-01', to: '2026-09-30' },
      datasets: caseEvidence().datasets,
      regions: [{ ...SAMPLE_ROWS.regions }],
      brokers: [SAMPLE_ROWS.brokers],
      alerts: caseEvidence().alerts.map((a) => ({ ...a, region: '440300', broker: 'B01' })),
      annotations: caseEvidence().annotations,
      accountTotal: 8,
      accountsByBroker: { B01: 8 },
      reviewedAccounts: [{ id: 'A3', broker: 'B01' }],
      cases: [
        {
          id: 'c1',
          title: 'x',
          status: 'closed',
          alertCount: 2,
          updatedAt: '2026-10-01T00:00:00Z',
        },
      ],
      turnoverByRegion: { '440300': 1e9 },
    };
    const { doc } = draftReport(JURISDICTION_TEMPLATE, { kind: 'jurisdiction', evidence }, 'en');
    const text = plainText(doc);
    expect(text).toContain('Jurisdiction risk report (2026 Q3)');
    expect(text).toContain('The period produced 2 alerts.');
    expect(text).toContain('12.50% of the jurisdiction');
    expect(text).toContain('0 cases are open and 1 closed.');
  });
});
