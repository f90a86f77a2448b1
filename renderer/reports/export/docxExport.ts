/**
 * The report as a Word document (the `docx` library, loaded only when a user exports): a cover
 * page, then the body with page numbers in the footer; Chinese text set in an East Asian font.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { DocNode } from '../../../shared/reports/documentModel';
import { SECTION_NODE } from '../../../shared/reports/documentModel';
import type { CoverPage } from '../../../shared/reports/printDocument';
import type { RasterImage } from './rasterizeImages';

const BODY_FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: 'SimSun',
  cs: 'Times New Roman',
};
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei', cs: 'Arial' };
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

type Block = Paragraph | Table;

function runs(node: DocNode, images: Map<string, RasterImage>, bold = false): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'text') {
      const marks = new Set((child.marks ?? []).map((m) => m.type));
      out.push(
        new TextRun({
          text: child.text ?? '',
          bold: bold || marks.has('bold'),
          italics: marks.has('italic'),
          strike: marks.has('strike'),
          underline: marks.has('underline') ? {} : undefined,
        }),
      );
    } else if (child.type === 'hardBreak') out.push(new TextRun({ break: 1 }));
    else if (child.type === 'image') {
      const image = images.get(String(child.attrs?.src ?? ''));
      if (image)
        out.push(
          new ImageRun({
            type: 'png',
            data: image.data,
            transformation: { width: image.width, height: image.height },
          }),
        );
    }
  }
  return out;
}

function blocks(
  node: DocNode,
  images: Map<string, RasterImage>,
  list?: { ordered: boolean; level: number },
): Block[] {
  switch (node.type) {
    case 'doc':
    case SECTION_NODE:
    case 'blockquote':
      return (node.content ?? []).flatMap((child) => blocks(child, images, list));
    case 'heading': {
      const level = Math.min(3, Math.max(1, Number(node.attrs?.level ?? 2)));
      return [
        new Paragraph({
          heading: HEADINGS[level - 1],
          alignment: level === 1 ? AlignmentType.CENTER : undefined,
          children: runs(node, images),
        }),
      ];
    }
    case 'paragraph':
      return [
        new Paragraph({
          children: runs(node, images),
          bullet: list && !list.ordered ? { level: list.level } : undefined,
          spacing: { after: 120 },
        }),
      ];
    case 'bulletList':
    case 'orderedList':
      return (node.content ?? []).flatMap((item, index) =>
        (item.content ?? []).flatMap((child, at) => {
          if (node.type === 'orderedList' && at === 0 && child.type === 'paragraph')
            return [
              new Paragraph({
                children: [new TextRun(`${index + 1}. `), ...runs(child, images)],
                indent: { left: 360 },
              }),
            ];
          return blocks(child, images, {
            ordered: node.type === 'orderedList',
            level: (list?.level ?? -1) + 1,
          });
        }),
      );
    case 'image': {
      const image = images.get(String(node.attrs?.src ?? ''));
      return image
        ? [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [
                new ImageRun({
                  type: 'png',
                  data: image.data,
                  transformation: { width: image.width, height: image.height },
                }),
              ],
            }),
          ]
        : [];
    }
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: (node.content ?? []).map(
            (row) =>
              new TableRow({
                tableHeader: (row.content ?? []).every((c) => c.type === 'tableHeader'),
                children: (row.content ?? []).map((cell) => {
                  const header = cell.type === 'tableHeader';
                  return new TableCell({
                    shading: header
                      ? { type: ShadingType.CLEAR, fill: 'EEF1F4', color: 'auto' }
                      : undefined,
                    columnSpan: Number(cell.attrs?.colspan ?? 1),
                    rowSpan: Number(cell.attrs?.rowspan ?? 1),
                    children: (cell.content ?? []).map(
                      (p) => new Paragraph({ children: runs(p, images, header) }),
                    ),
                  });
                }),
              }),
          ),
        }),
        new Paragraph({ children: [] }),
      ];
    case 'horizontalRule':
      return [
        new Paragraph({
          children: [],
          border: { bottom: { style: 'single', size: 6, color: '888888', space: 1 } },
        }),
      ];
    default:
      return (node.content ?? []).flatMap((child) => blocks(child, images, list));
  }
}

export async function reportDocx(
  doc: DocNode,
  cover: CoverPage,
  images: Map<string, RasterImage>,
): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Examiner Workstation',
    title: cover.title,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 23 }, paragraph: { spacing: { line: 360 } } },
        heading1: { run: { font: HEADING_FONT, size: 36, bold: true } },
        heading2: { run: { font: HEADING_FONT, size: 28, bold: true } },
        heading3: { run: { font: HEADING_FONT, size: 24, bold: true } },
      },
    },
    sections: [
      {
        properties: { verticalAlign: 'center' },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 600 },
            children: [
              new TextRun({ text: cover.title, bold: true, size: 44, font: HEADING_FONT }),
            ],
          }),
          ...cover.lines.map(
            (line) =>
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: line, size: 24 })],
              }),
          ),
        ],
      },
      {
        properties: { page: { pageNumbers: { start: 1 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES_IN_SECTION],
                    size: 18,
                  }),
                ],
              }),
            ],
          }),
        },
        children: blocks(doc, images),
      },
    ],
  });
  const blob = await Packer.toBlob(document);
  return new Uint8Array(await blob.arrayBuffer());
}
