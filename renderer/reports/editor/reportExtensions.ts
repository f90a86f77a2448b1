import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { ProvenanceMark } from './provenanceMark';
import { ReportSectionNode } from './reportSectionNode';

/** The editor's schema: headings, lists, tables and inline images, plus the report's own node and mark. */
export const REPORT_EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3] },
    link: false,
    codeBlock: false,
    code: false,
  }),
  TableKit.configure({ table: { resizable: false } }),
  Image.configure({ allowBase64: true }),
  ReportSectionNode,
  ProvenanceMark,
];
