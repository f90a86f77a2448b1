/** One template section of a report: a block container that remembers which section it is. */
import { Node, mergeAttributes } from '@tiptap/core';
import { SECTION_NODE } from '../../../shared/reports/documentModel';

export const ReportSectionNode = Node.create({
  name: SECTION_NODE,
  group: 'block',
  content: 'block+',
  defining: true,
  addAttributes() {
    return {
      sectionId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-section'),
        renderHTML: (attributes) => ({ 'data-section': attributes.sectionId as string }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'section[data-section]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes({ class: 'report-section' }, HTMLAttributes), 0];
  },
});
