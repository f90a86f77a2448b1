/** `file:export-pdf`: report HTML rendered to an A4 PDF, then saved where the user says. */
import type { Language } from '../../shared/host/hostApi';
import { DIALOG_LABELS } from '../dialogLabels';
import { pdfFileName } from '../pdf/pdfOptions';
import { renderPdf } from '../pdf/reportRenderer';
import { saveThroughDialog } from './saveDialog';
import type { IpcHandlers } from './types';

export function pdfExportHandlers(language: () => Language): Pick<IpcHandlers, 'file:export-pdf'> {
  return {
    async 'file:export-pdf'({ suggestedName, html, landscape }, { ownerWindow }) {
      const pdf = await renderPdf(html, landscape ?? false);
      const labels = DIALOG_LABELS[language()];
      return saveThroughDialog(ownerWindow, {
        suggestedName: pdfFileName(suggestedName),
        title: labels.exportPdf,
        typeName: labels.pdfDocuments,
        allFilesName: labels.allFiles,
        data: pdf,
      });
    },
  };
}
