import { describe, expect, it } from 'vitest';
import { REPORT_CONTENT_SECURITY_POLICY, pdfFileName, pdfPrintOptions } from './pdfOptions';

describe('pdfPrintOptions', () => {
  it('prints A4 with page numbers in the footer and no default header', () => {
    const options = pdfPrintOptions(false);
    expect(options.pageSize).toBe('A4');
    expect(options.landscape).toBe(false);
    expect(options.displayHeaderFooter).toBe(true);
    expect(options.footerTemplate).toContain('class="pageNumber"');
    expect(options.footerTemplate).toContain('class="totalPages"');
    expect(options.headerTemplate).toBe('<div></div>');
    expect(pdfPrintOptions(true).landscape).toBe(true);
  });
});

describe('REPORT_CONTENT_SECURITY_POLICY', () => {
  it('lets the report load nothing but inline styles and data: images and fonts', () => {
    expect(REPORT_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(REPORT_CONTENT_SECURITY_POLICY).not.toContain("'self'");
    expect(REPORT_CONTENT_SECURITY_POLICY).not.toMatch(/script-src/);
  });
});

describe('pdfFileName', () => {
  it('ends the name in .pdf once', () => {
    expect(pdfFileName('report')).toBe('report.pdf');
    expect(pdfFileName('report.PDF')).toBe('report.PDF');
    expect(pdfFileName('2024 报告.pdf')).toBe('2024 报告.pdf');
  });
});
