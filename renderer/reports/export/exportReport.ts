/** PDF and DOCX export of a report through the host (Electron writes the file; the browser prints or downloads). */
import type { DocNode } from '../../../shared/reports/documentModel';
import type { CoverPage } from '../../../shared/reports/printDocument';
import { printDocumentHtml } from '../../../shared/reports/printDocument';
import { appendAudit } from '../../db/audit';
import { getDatabase } from '../../db/database';
import { host } from '../../host';
import type { SaveOutcome } from '../../../shared/host/hostApi';
import { auditActor } from '../../keys/auditActor';

function fileName(title: string): string {
  return title.replace(/[\\/:*?"<>|]+/g, '_').slice(0, 120) || 'report';
}

async function audit(
  reportId: string,
  format: 'pdf' | 'docx',
  outcome: SaveOutcome,
): Promise<void> {
  const db = getDatabase();
  await appendAudit(db, {
    actor: await auditActor(db),
    action: 'report.export',
    entity: 'report',
    entityId: reportId,
    after: { format, saved: outcome.saved, via: outcome.via ?? null },
    detail: outcome.location ?? null,
  });
}

export async function exportPdf(
  reportId: string,
  doc: DocNode,
  cover: CoverPage,
): Promise<SaveOutcome> {
  const { host: kind } = await host.appInfo();
  const outcome = await host.exportPdf({
    suggestedName: `${fileName(cover.title)}.pdf`,
    html: printDocumentHtml(doc, cover, { cssPageNumbers: kind === 'browser' }),
  });
  await audit(reportId, 'pdf', outcome);
  return outcome;
}

export async function exportDocx(
  reportId: string,
  doc: DocNode,
  cover: CoverPage,
): Promise<SaveOutcome> {
  // The docx library is large: it loads only when someone exports.
  const [{ reportDocx }, { rasterizeImages }] = await Promise.all([
    import('./docxExport'),
    import('./rasterizeImages'),
  ]);
  const data = await reportDocx(doc, cover, await rasterizeImages(doc));
  const outcome = await host.saveFile({
    suggestedName: `${fileName(cover.title)}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    data,
  });
  await audit(reportId, 'docx', outcome);
  return outcome;
}
