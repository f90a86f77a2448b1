import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocNode } from '../../../shared/reports/documentModel';
import type { ProvenanceRecord } from '../../../shared/reports/provenance';
import { EditorToolbar } from './EditorToolbar';
import { ProvenanceDialog } from './ProvenanceDialog';
import { REPORT_EXTENSIONS } from './reportExtensions';
import type { SaveState } from './useAutosave';

interface ReportEditorProps {
  initial: DocNode;
  provenance: readonly ProvenanceRecord[];
  readOnly: boolean;
  language: string;
  saveState: SaveState;
  onChange: (doc: DocNode) => void;
  onReady: (editor: Editor) => void;
}

/** The report's rich-text editor; clicking a generated figure or sentence shows where it came from. */
export function ReportEditor({
  initial,
  provenance,
  readOnly,
  language,
  saveState,
  onChange,
  onReady,
}: ReportEditorProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<string | null>(null);
  const editor = useEditor({
    extensions: REPORT_EXTENSIONS,
    content: initial,
    editable: !readOnly,
    editorProps: {
      attributes: {
        class: 'report-document',
        lang: language,
        'aria-label': t('reports.editor.document'),
      },
      handleClick: (_view, _pos, event) => {
        const target =
          event.target instanceof Element ? event.target.closest('[data-provenance]') : null;
        const id = target?.getAttribute('data-provenance');
        if (!id) return false;
        setShown(id);
        return false;
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.getJSON() as DocNode),
  });

  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);
  useEffect(() => {
    // No update event: locking is not an edit, and must not trigger an autosave.
    editor?.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  if (!editor) return null;
  const record = shown === null ? null : (provenance.find((p) => p.id === shown) ?? null);
  return (
    <div className="report-editor">
      <div className="report-editor__bar">
        <EditorToolbar editor={editor} readOnly={readOnly} />
        <span className="report-editor__save muted" role="status" aria-live="polite">
          {readOnly ? t('reports.editor.locked') : t(`reports.editor.save.${saveState}`)}
        </span>
      </div>
      <div className="report-page">
        <EditorContent editor={editor} />
      </div>
      <ProvenanceDialog
        record={record}
        missingId={shown !== null && record === null ? shown : null}
        onClose={() => setShown(null)}
      />
    </div>
  );
}
