/**
 * Reads a report's evidence and drafts it (or redrafts one section): the work the drafting
 * worker does, callable on any thread (unit tests run it directly against fake-indexeddb).
 */
import type { DraftedReport, ReportEvidence } from '../../../shared/reports/draftReport';
import { documentTitle, draftReport, redraftSection } from '../../../shared/reports/draftReport';
import type { WorkstationDatabase } from '../../db/database';
import { loadCaseEvidence } from '../evidence/loadCaseEvidence';
import type { ChunkRowsReader } from '../evidence/rowsForAccounts';
import { loadJurisdictionEvidence } from '../evidence/loadJurisdictionEvidence';
import type { DraftJob, DraftResult, ReportSource } from './protocol';

export async function loadEvidence(
  source: ReportSource,
  db: WorkstationDatabase,
  share?: ChunkRowsReader,
): Promise<ReportEvidence> {
  return source.kind === 'case'
    ? { kind: 'case', evidence: await loadCaseEvidence(source.caseId, db, share) }
    : {
        kind: 'jurisdiction',
        evidence: await loadJurisdictionEvidence(source.period, source.label, db),
      };
}

export async function runDraftJob(
  job: DraftJob,
  db: WorkstationDatabase,
  /** A second reader for half of the trade chunks (the drafting worker's helper). */
  share?: ChunkRowsReader,
): Promise<DraftResult> {
  const started = performance.now();
  const evidence = await loadEvidence(job.source, db, share);
  const read = performance.now();
  const drafted: DraftedReport =
    job.type === 'draft'
      ? draftReport(job.template, evidence, job.language)
      : redraftSection(job.current, job.template, job.sectionId, evidence, job.language);
  return {
    doc: drafted.doc,
    provenance: drafted.provenance,
    title: documentTitle(job.template, evidence, job.language),
    readMs: read - started,
    draftMs: performance.now() - read,
    caseTrades: evidence.kind === 'case' ? evidence.evidence.trades.length : 0,
  };
}
