/** What the page and the drafting worker (draft.worker.ts) say to each other. */
import type { DocNode, ReportLanguage } from '../../../shared/reports/documentModel';
import type { ProvenanceRecord } from '../../../shared/reports/provenance';
import type { ReportTemplate } from '../../../shared/reports/templates';
import type { ReportPeriod } from '../evidence/loadJurisdictionEvidence';

export type ReportSource =
  { kind: 'case'; caseId: string } | { kind: 'jurisdiction'; period: ReportPeriod; label: string };

/** A whole report, or one section redrafted into `current` (the rest kept as the analyst left it). */
export type DraftJob =
  | { type: 'draft'; template: ReportTemplate; language: ReportLanguage; source: ReportSource }
  | {
      type: 'redraft';
      template: ReportTemplate;
      language: ReportLanguage;
      source: ReportSource;
      sectionId: string;
      current: { doc: DocNode; provenance: ProvenanceRecord[] };
    };

/** The drafted document, its provenance and title, and where the time went. */
export interface DraftResult {
  doc: DocNode;
  provenance: ProvenanceRecord[];
  title: string;
  /** Reading the evidence from IndexedDB, then drafting, in the thread that did it. */
  readMs: number;
  draftMs: number;
  caseTrades: number;
}

/** `database` names the IndexedDB database to read (the app's, or a benchmark's own). */
export type DraftRequest = { id: number; database: string; job: DraftJob };

/** The provenance comes first in `provenance` parts, then `drafted` with an empty `provenance`. */
export type DraftResponse =
  | { id: number; type: 'provenance'; records: ProvenanceRecord[] }
  | { id: number; type: 'drafted'; result: DraftResult }
  | { id: number; type: 'failed'; message: string };
