/** What `npm run bench -- report` (Node) and its browser page (renderer/reports/bench) say to each other. */

export interface ReportBenchSeed {
  alerts: number;
  accounts: number;
  caseAccounts: number;
  instruments: number;
  trades: number;
}

export interface ReportBenchSeeded {
  caseId: string;
  alerts: number;
  trades: number;
  seedMs: number;
}

export interface ReportBenchRun {
  /** Reading the evidence from IndexedDB, in the drafting worker. */
  loadMs: number;
  /** Drafting the document from it, in the drafting worker. */
  draftMs: number;
  /** From the page's request to the drafted document back on the page. */
  totalMs: number;
  caseTrades: number;
  provenanceRecords: number;
}

export interface ReportBenchApi {
  seed(request: ReportBenchSeed): Promise<ReportBenchSeeded>;
  draft(caseId: string): Promise<ReportBenchRun>;
  /** Characters of the last drafted document's text (counted outside the timed draft). */
  documentChars(): number;
}
