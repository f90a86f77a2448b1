/**
 * The mark on generated figures and sentences: it names a provenance record. Not inclusive, so
 * typing next to a figure adds plain text; several may cover one text (a figure in a sentence).
 */
import { Mark, mergeAttributes } from '@tiptap/core';
import { PROVENANCE_MARK } from '../../../shared/reports/documentModel';

export const ProvenanceMark = Mark.create({
  name: PROVENANCE_MARK,
  inclusive: false,
  excludes: '',
  spanning: true,
  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-provenance'),
        renderHTML: (attributes) => ({ 'data-provenance': attributes.id as string }),
      },
      kind: {
        default: 'figure',
        parseHTML: (element) => element.getAttribute('data-provenance-kind') ?? 'figure',
        renderHTML: (attributes) => ({ 'data-provenance-kind': attributes.kind as string }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-provenance]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'provenance' }, HTMLAttributes), 0];
  },
});
