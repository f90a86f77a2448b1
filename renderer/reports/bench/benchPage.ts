/**
 * The browser half of `npm run bench -- report`: seeds a synthetic case of N alerts into
 * IndexedDB, then drafts its report (evidence read from the database, then the document) on demand.
 */
import type { ReportBenchApi, ReportBenchRun } from '../../../shared/reports/benchProtocol';
import { plainText } from '../../../shared/reports/documentModel';
import { draftReport } from '../../../shared/reports/draftReport';
import { BUILT_IN_TEMPLATES } from '../../../shared/reports/templates';
import { openWorkstationDatabase } from '../../db/database';
import { loadCaseEvidence } from '../evidence/loadCaseEvidence';
import { seedSyntheticCase } from './syntheticCase';

const database = openWorkstationDatabase({ name: 'report-bench' });

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
    const evidence = await loadCaseEvidence(caseId, db);
    const loaded = performance.now();
    const drafted = draftReport(BUILT_IN_TEMPLATES[0]!, { kind: 'case', evidence }, 'zh-CN');
    const done = performance.now();
    return {
      loadMs: loaded - started,
      draftMs: done - loaded,
      totalMs: done - started,
      caseTrades: evidence.trades.length,
      provenanceRecords: drafted.provenance.length,
      documentChars: plainText(drafted.doc).length,
    };
  },
};

(window as unknown as { reportBench: ReportBenchApi }).reportBench = api;
document.getElementById('state')!.textContent = 'loaded';
