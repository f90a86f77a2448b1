/** How reports become PDFs: A4, backgrounds kept, page numbers in the footer. */
import type { PrintToPDFOptions } from 'electron';

/**
 * The report document is self-contained: nothing may load from anywhere, not even from the
 * app, so a crafted report can neither phone home nor pull local files into the PDF.
 */
export const REPORT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const FOOTER_TEMPLATE =
  '<div style="width:100%;font-family:sans-serif;font-size:8px;color:#555;text-align:center;">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

export function pdfPrintOptions(landscape: boolean): PrintToPDFOptions {
  return {
    pageSize: 'A4',
    landscape,
    printBackground: true,
    displayHeaderFooter: true,
    // An empty header replaces Chromium's default one (date and title).
    headerTemplate: '<div></div>',
    footerTemplate: FOOTER_TEMPLATE,
    margins: { top: 0.6, bottom: 0.7, left: 0.6, right: 0.6 },
  };
}

/** The suggested file name, ending in `.pdf`. */
export function pdfFileName(suggestedName: string): string {
  return /\.pdf$/i.test(suggestedName) ? suggestedName : `${suggestedName}.pdf`;
}
