/** What the page and the drafting worker (draft.worker.ts) say to each other. */
import type { DocNode, ReportLanguage } from '../../../shared/reports/documentModel';
import type { ProvenanceRecord } from '../../../shared/reports/provenance';
import type { ReportTemplate } from '../../../shared/reports/templates';
import type { ReportPeriod } from '../evidence/loadJurisdictionEvidence';
import type { ChunkRowFilter, ChunkRows } from '../evidence/rowsForAccounts';

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

/**
 * The provenance comes first in `provenance` parts, the document's top-level nodes one a
 * message, then `drafted` with an empty `provenance` and an empty `doc.content`.
 */
export type DraftResponse =
  | { id: number; type: 'provenance'; records: ProvenanceRecord[] }
  | { id: number; type: 'node'; node: DocNode }
  | { id: number; type: 'drafted'; result: DraftResult }
  | { id: number; type: 'failed'; message: string };

/** The drafting worker asks its helper (chunkRows.worker.ts) for the kept rows of some chunks. */
export type ChunkRowsRequest = {
  id: number;
  database: string;
  filter: ChunkRowFilter;
  seqs: number[];
};

export type ChunkRowsResponse =
  ({ id: number; type: 'rows' } & ChunkRows) | { id: number; type: 'failed'; message: string };
