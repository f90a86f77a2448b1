/**
 * The report as one self-contained HTML document for printing to PDF: a cover page, CJK fonts,
 * A4 pages numbered in the bottom margin, tables and images inline (data: URLs only).
 */
import type { DocNode, ReportLanguage } from './documentModel';
import { plainText, SECTION_NODE } from './documentModel';
import { escapeXml } from './svgCharts';

export interface PrintOptions {
  /**
   * Page numbers from CSS margin boxes: for the browser's own print path. Electron's printToPDF
   * draws them in its footer template instead (electron/pdf/pdfOptions.ts), so it asks for none.
   */
  cssPageNumbers: boolean;
}

export interface CoverPage {
  title: string;
  /** Lines under the title: the kind of report, case, period, author, status. */
  lines: string[];
  language: ReportLanguage;
}

const SERIF = "'Noto Serif CJK SC','Source Han Serif SC','SimSun','Songti SC',serif";
const SANS = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif";

const PAGE_NUMBERS = `@page { @bottom-center { content: counter(page) " / " counter(pages); font: 9pt ${SANS}; color: #555; } }
@page cover { @bottom-center { content: none; } }`;

const STYLE = `
@page { size: A4; margin: 22mm 18mm 22mm 18mm; }
html { font-family: ${SERIF}; font-size: 11.5pt; line-height: 1.65; color: #111; }
body { margin: 0; }
.cover { page: cover; height: 240mm; display: flex; flex-direction: column; justify-content: center; text-align: center; break-after: page; }
.cover h1 { font-family: ${SANS}; font-size: 24pt; margin: 0 0 18mm; }
.cover p { margin: 2mm 0; font-size: 12pt; text-align: center; }
h1 { font-family: ${SANS}; font-size: 18pt; text-align: center; margin: 0 0 8mm; }
h2 { font-family: ${SANS}; font-size: 14pt; margin: 8mm 0 3mm; break-after: avoid; }
h3 { font-family: ${SANS}; font-size: 12pt; margin: 5mm 0 2mm; break-after: avoid; }
p { margin: 0 0 2.5mm; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9.5pt; }
th, td { border: 0.6pt solid #555; padding: 1.2mm 1.6mm; vertical-align: top; overflow-wrap: anywhere; }
th.short, td.short { white-space: nowrap; }
th { background: #eef1f4; font-family: ${SANS}; word-break: keep-all; }
td p, th p { margin: 0; text-align: left; }
tr { break-inside: avoid; }
thead { display: table-header-group; break-after: avoid; }
img { max-width: 100%; display: block; margin: 3mm auto; break-inside: avoid; }
ul, ol { margin: 0 0 3mm; padding-left: 7mm; }
blockquote { border-left: 2pt solid #999; margin: 0 0 3mm; padding-left: 4mm; color: #333; }
`;

function marksOpen(node: DocNode): [string, string] {
  let open = '';
  let close = '';
  for (const mark of node.marks ?? []) {
    const tag =
      mark.type === 'bold'
        ? 'strong'
        : mark.type === 'italic'
          ? 'em'
          : mark.type === 'underline'
            ? 'u'
            : mark.type === 'strike'
              ? 's'
              : null;
    if (tag) {
      open += `<${tag}>`;
      close = `</${tag}>` + close;
    } else if (mark.type === 'provenance') {
      open += `<span data-provenance="${escapeXml(String(mark.attrs?.id ?? ''))}">`;
      close = '</span>' + close;
    }
  }
  return [open, close];
}

/** Characters up to which a table cell is kept on one line in print. */
const SHORT_CELL = 18;

function attr(value: unknown): string {
  return escapeXml(String(value ?? ''));
}

export function nodeHtml(node: DocNode): string {
  const inner = () => (node.content ?? []).map(nodeHtml).join('');
  switch (node.type) {
    case 'doc':
      return inner();
    case 'text': {
      const [open, close] = marksOpen(node);
      return open + escapeXml(node.text ?? '').replace(/\n/g, '<br>') + close;
    }
    case SECTION_NODE:
      return `<section data-section="${attr(node.attrs?.sectionId)}">${inner()}</section>`;
    case 'heading': {
      const level = Math.min(3, Math.max(1, Number(node.attrs?.level ?? 2)));
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'bulletList':
      return `<ul>${inner()}</ul>`;
    case 'orderedList':
      return `<ol>${inner()}</ol>`;
    case 'listItem':
      return `<li>${inner()}</li>`;
    case 'blockquote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'hardBreak':
      return '<br>';
    case 'horizontalRule':
      return '<hr>';
    case 'table': {
      // A header row repeats on every page the table runs over, and never ends a page alone.
      const [first, ...rest] = node.content ?? [];
      const heads = first?.content?.every((cell) => cell.type === 'tableHeader') ?? false;
      return heads
        ? `<table><thead>${nodeHtml(first!)}</thead><tbody>${rest.map(nodeHtml).join('')}</tbody></table>`
        : `<table>${inner()}</table>`;
    }
    case 'tableRow':
      return `<tr>${inner()}</tr>`;
    case 'tableHeader':
    case 'tableCell': {
      const tag = node.type === 'tableHeader' ? 'th' : 'td';
      const span = (name: string) => {
        const value = Number(node.attrs?.[name] ?? 1);
        return value > 1 ? ` ${name}="${value}"` : '';
      };
      // Short values (ids, figures, dates) stay on one line; long ones (queries, hashes) wrap anywhere.
      const text = plainText(node);
      const short = text.length <= SHORT_CELL && !text.includes('\n') ? ' class="short"' : '';
      return `<${tag}${short}${span('colspan')}${span('rowspan')}>${inner()}</${tag}>`;
    }
    case 'image': {
      const src = String(node.attrs?.src ?? '');
      // Only inline images: a report document loads nothing from anywhere.
      return src.startsWith('data:image/')
        ? `<img src="${attr(src)}" alt="${attr(node.attrs?.alt)}">`
        : '';
    }
    default:
      return inner();
  }
}

export function printDocumentHtml(
  doc: DocNode,
  cover: CoverPage,
  options: PrintOptions = { cssPageNumbers: true },
): string {
  const style = options.cssPageNumbers ? STYLE + PAGE_NUMBERS : STYLE;
  const lines = cover.lines.map((line) => `<p>${escapeXml(line)}</p>`).join('');
  return `<!doctype html><html lang="${cover.language}"><head><meta charset="utf-8"><title>${escapeXml(cover.title)}</title><style>${style}</style></head><body><div class="cover"><h1>${escapeXml(cover.title)}</h1>${lines}</div><main>${nodeHtml(doc)}</main></body></html>`;
}
