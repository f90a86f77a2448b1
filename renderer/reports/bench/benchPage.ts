/**
 * The browser half of `npm run bench -- report`: seeds a synthetic case of N alerts into
 * IndexedDB, then drafts its report on demand the way the app does: the page posts the job to
 * the drafting worker, which reads the evidence and drafts; the page receives the document.
 */
import type { ReportBenchApi, ReportBenchRun } from '../../../shared/reports/benchProtocol';
import type { DocNode } from '../../../shared/reports/documentModel';
import { plainText } from '../../../shared/reports/documentModel';
import { BUILT_IN_TEMPLATES } from '../../../shared/reports/templates';
import { openWorkstationDatabase } from '../../db/database';
import { draftInWorker } from '../drafting/draftClient';
import { seedSyntheticCase } from './syntheticCase';

const database = openWorkstationDatabase({ name: 'report-bench' });
let lastDoc: DocNode | null = null;

const api: ReportBenchApi = {
  async seed(request) {
    const db = await database;
    const started = performance.now();
    const { caseId } = await seedSyntheticCase(db, request);
    return {
      caseId,
      alerts: request.alerts,
      trades: request.trades,
      seedMs: performance.now() - started,
    };
  },
  async draft(caseId): Promise<ReportBenchRun> {
    const db = await database;
    const started = performance.now();
    const drafted = await draftInWorker(
      {
        type: 'draft',
        template: BUILT_IN_TEMPLATES[0]!,
        language: 'zh-CN',
        source: { kind: 'case', caseId },
      },
      db,
    );
    lastDoc = drafted.doc;
    return {
      loadMs: drafted.readMs,
      draftMs: drafted.draftMs,
      totalMs: performance.now() - started,
      caseTrades: drafted.caseTrades,
      provenanceRecords: drafted.provenance.length,
    };
  },
  documentChars: () => (lastDoc ? plainText(lastDoc).length : 0),
};

(window as unknown as { reportBench: ReportBenchApi }).reportBench = api;
document.getElementById('state')!.textContent = 'loaded';
