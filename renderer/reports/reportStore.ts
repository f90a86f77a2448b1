/**
 * Reports and their versions in IndexedDB. A report record carries its working draft (the
 * document and its provenance), written on every autosave, so nothing is lost on reload; saved
 * versions are immutable snapshots, and a final version is hashed into the audit log.
 */
import { sha256Hex } from '../../shared/crypto/sha256';
import type { DocNode, ReportLanguage } from '../../shared/reports/documentModel';
import { plainText } from '../../shared/reports/documentModel';
import type { DraftedReport } from '../../shared/reports/draftReport';
import { nodeHtml } from '../../shared/reports/printDocument';
import type { ProvenanceRecord } from '../../shared/reports/provenance';
import type { ReportTemplate } from '../../shared/reports/templates';
import { appendAudit } from '../db/audit';
import type { WorkstationDatabase } from '../db/database';
import { isQuotaError, storageFullMessage } from '../settings/quotaError';
import { getDatabase } from '../db/database';
import type { ReportKind, ReportRecord, ReportVersionRecord } from '../db/records';
import { auditActor } from '../keys/auditActor';
import { draftInWorker } from './drafting/draftClient';
import type { ReportSource } from './drafting/protocol';

export type { ReportSource } from './drafting/protocol';

/** What a report record holds beyond ReportRecord (Dexie stores it as is; only indexes are schema). */
export interface StoredReport extends ReportRecord {
  template: ReportTemplate;
  language: ReportLanguage;
  source: ReportSource;
  doc: DocNode;
  provenance: ProvenanceRecord[];
  /** The last version saved, 0 for none. */
  latestVersion: number;
}

export interface StoredReportVersion extends ReportVersionRecord {
  doc: DocNode;
  provenance: ProvenanceRecord[];
  /** The document's text, for diffs between versions. */
  text: string;
}

const encoder = new TextEncoder();

export function reportKindOf(template: ReportTemplate): ReportKind {
  return template.kind === 'jurisdiction' ? 'periodic' : 'case';
}

export async function getReport(
  id: string,
  db: WorkstationDatabase = getDatabase(),
): Promise<StoredReport> {
  const report = (await db.reports.get(id)) as StoredReport | undefined;
  if (!report) throw new RangeError(`No report "${id}".`);
  return report;
}

export async function createReport(
  template: ReportTemplate,
  language: ReportLanguage,
  source: ReportSource,
  db: WorkstationDatabase = getDatabase(),
  now = new Date(),
): Promise<StoredReport> {
  // Evidence is read and the document drafted in the drafting worker, off the page thread.
  const drafted = await draftInWorker({ type: 'draft', template, language, source }, db);
  const actor = await auditActor(db);
  const report: StoredReport = {
    id: `report-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    caseId: source.kind === 'case' ? source.caseId : null,
    kind: reportKindOf(template),
    title: drafted.title,
    status: 'draft',
    updatedAt: now.toISOString(),
    template,
    language,
    source,
    doc: drafted.doc,
    provenance: drafted.provenance,
    latestVersion: 0,
  };
  await db.transaction('rw', db.reports, db.audit, async () => {
    await db.reports.add(report);
    await appendAudit(
      db,
      {
        actor,
        action: 'report.draft',
        entity: 'report',
        entityId: report.id,
        after: { title: report.title, template: template.id, language, source },
        detail: null,
      },
      now,
    );
  });
  return report;
}

function refuseFinal(report: StoredReport): void {
  if (report.status === 'final')
    throw new RangeError(`Report "${report.title}" is final and cannot change.`);
}

/** A quota error while saving names the report; the editor keeps its text to retry or export. */
async function namingReportWhenFull<T>(
  id: string,
  what: string,
  db: WorkstationDatabase,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const title = (await db.reports.get(id))?.title ?? id;
    throw new Error(
      `${storageFullMessage(`${what} of report "${title}"`)}. The text stays in the editor: export it as PDF or Word to keep a copy`,
      { cause: error },
    );
  }
}

/** Autosave: the working draft replaces the last one. */
export async function saveDraft(
  id: string,
  doc: DocNode,
  db: WorkstationDatabase = getDatabase(),
  now = new Date(),
): Promise<void> {
  await namingReportWhenFull(id, 'the draft', db, () =>
    db.transaction('rw', db.reports, async () => {
      const report = await getReport(id, db);
      refuseFinal(report);
      await db.reports.put({ ...report, doc, updatedAt: now.toISOString() } as StoredReport);
    }),
  );
}

/** Redrafts one section from fresh evidence; the rest of the working draft stays as it is. */
export async function redraftReportSection(
  id: string,
  sectionId: string,
  current: DocNode,
  db: WorkstationDatabase = getDatabase(),
  now = new Date(),
): Promise<DraftedReport> {
  const report = await getReport(id, db);
  refuseFinal(report);
  const drafted = await draftInWorker(
    {
      type: 'redraft',
      template: report.template,
      language: report.language,
      source: report.source,
      sectionId,
      current: { doc: current, provenance: report.provenance },
    },
    db,
  );
  const next: DraftedReport = { doc: drafted.doc, provenance: drafted.provenance };
  await db.reports.put({
    ...report,
    doc: next.doc,
    provenance: next.provenance,
    updatedAt: now.toISOString(),
  } as StoredReport);
  return next;
}

export function versionBody(doc: DocNode, language: ReportLanguage): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"></head><body>${nodeHtml(doc)}</body></html>`;
}

/** Saves the working draft as the next version; `final` locks the report and audits the hash. */
export async function saveVersion(
  id: string,
  final: boolean,
  db: WorkstationDatabase = getDatabase(),
  now = new Date(),
): Promise<StoredReportVersion> {
  const actor = await auditActor(db);
  return namingReportWhenFull(id, final ? 'the final version' : 'the new version', db, () =>
    saveVersionNow(id, final, actor, db, now),
  );
}

async function saveVersionNow(
  id: string,
  final: boolean,
  actor: string,
  db: WorkstationDatabase,
  now: Date,
): Promise<StoredReportVersion> {
  return db.transaction('rw', db.reports, db.reportVersions, db.audit, async () => {
    const report = await getReport(id, db);
    refuseFinal(report);
    const body = versionBody(report.doc, report.language);
    const version: StoredReportVersion = {
      reportId: id,
      version: report.latestVersion + 1,
      createdAt: now.toISOString(),
      author: actor,
      body,
      hash: sha256Hex(encoder.encode(body)),
      final,
      doc: report.doc,
      provenance: report.provenance,
      text: plainText(report.doc),
    };
    await db.reportVersions.add(version);
    await db.reports.put({
      ...report,
      latestVersion: version.version,
      status: final ? 'final' : 'draft',
      updatedAt: now.toISOString(),
    } as StoredReport);
    await appendAudit(
      db,
      {
        actor,
        action: final ? 'report.final' : 'report.version',
        entity: 'report',
        entityId: id,
        after: { version: version.version, hash: version.hash },
        detail: final ? `final version ${version.version}, sha256 ${version.hash}` : null,
      },
      now,
    );
    return version;
  });
}

export async function reportVersions(
  id: string,
  db: WorkstationDatabase = getDatabase(),
): Promise<StoredReportVersion[]> {
  return (await db.reportVersions
    .where('reportId')
    .equals(id)
    .sortBy('version')) as StoredReportVersion[];
}
