/**
 * The report document: ProseMirror/TipTap JSON, so the editor loads a draft as it is. Generated
 * text carries a `provenance` mark naming the record (query and rows) it was computed from; each
 * template section is one `reportSection` node, so a section can be redrafted alone.
 */

export type ReportLanguage = 'zh-CN' | 'en';

export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: DocMark[];
}

export const SECTION_NODE = 'reportSection';
export const PROVENANCE_MARK = 'provenance';

/** A piece of inline text: plain, or computed (with the provenance record it came from). */
export type Inline = string | { text: string; provenance: string; kind?: 'figure' | 'sentence' };

export function textNodes(parts: readonly Inline[], outer?: string): DocNode[] {
  const nodes: DocNode[] = [];
  for (const part of parts) {
    const text = typeof part === 'string' ? part : part.text;
    if (text === '') continue;
    const marks: DocMark[] = [];
    if (outer) marks.push({ type: PROVENANCE_MARK, attrs: { id: outer, kind: 'sentence' } });
    if (typeof part !== 'string')
      marks.push({
        type: PROVENANCE_MARK,
        attrs: { id: part.provenance, kind: part.kind ?? 'figure' },
      });
    nodes.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
  }
  return nodes;
}

export function paragraph(parts: readonly Inline[], sentenceProvenance?: string): DocNode {
  const content = textNodes(parts, sentenceProvenance);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export function heading(level: 1 | 2 | 3, text: string): DocNode {
  return { type: 'heading', attrs: { level }, content: textNodes([text]) };
}

export function bulletList(items: readonly (readonly Inline[])[]): DocNode {
  return {
    type: 'bulletList',
    content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
  };
}

/** A table cell: one piece of text, or several (a figure inside a phrase). */
export type Cell = Inline | readonly Inline[];

export function table(header: readonly string[], rows: readonly (readonly Cell[])[]): DocNode {
  const cell = (type: string, parts: readonly Inline[]): DocNode => ({
    type,
    attrs: { colspan: 1, rowspan: 1, colwidth: null },
    content: [paragraph(parts)],
  });
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: header.map((text) => cell('tableHeader', [text])) },
      ...rows.map((row) => ({
        type: 'tableRow',
        content: row.map((part) =>
          cell('tableCell', Array.isArray(part) ? (part as readonly Inline[]) : [part as Inline]),
        ),
      })),
    ],
  };
}

export function image(src: string, alt: string): DocNode {
  return { type: 'image', attrs: { src, alt, title: alt } };
}

export function section(sectionId: string, content: DocNode[]): DocNode {
  return { type: SECTION_NODE, attrs: { sectionId }, content };
}

/** Every text of a node, blocks separated by newlines: what the diff and search compare. */
export function plainText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'image') return `[${String(node.attrs?.alt ?? '')}]`;
  const inner = (node.content ?? []).map(plainText);
  const inline = node.type === 'paragraph' || node.type === 'heading';
  if (inline) return inner.join('');
  if (node.type === 'tableRow') return inner.join('\t');
  return inner.filter((text) => text !== '').join('\n');
}

/** Provenance ids that a node's text still carries (edited text may have dropped some). */
export function provenanceIds(node: DocNode, into = new Set<string>()): Set<string> {
  for (const mark of node.marks ?? [])
    if (mark.type === PROVENANCE_MARK && typeof mark.attrs?.id === 'string')
      into.add(mark.attrs.id);
  for (const child of node.content ?? []) provenanceIds(child, into);
  return into;
}
