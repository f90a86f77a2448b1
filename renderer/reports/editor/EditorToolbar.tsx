import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bold,
  Heading2,
  Heading3,
  ImagePlus,
  Italic,
  List,
  ListOrdered,
  Redo2,
  Table as TableIcon,
  Undo2,
  type LucideIcon,
} from 'lucide-react';

interface ToolProps {
  label: string;
  icon: LucideIcon;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
}

function Tool({ label, icon: Icon, active = false, disabled = false, onClick }: ToolProps) {
  return (
    <button
      type="button"
      className={active ? 'icon-button editor-tool editor-tool--active' : 'icon-button editor-tool'}
      aria-label={label}
      title={label}
      aria-pressed={active}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <Icon aria-hidden="true" />
    </button>
  );
}

/** Formatting for the analyst's own text: headings, lists, tables, images, undo. */
export function EditorToolbar({ editor, readOnly }: { editor: Editor; readOnly: boolean }) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      undo: e.can().undo(),
      redo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const insertImage = (file: File) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string')
        chain().setImage({ src: reader.result, alt: file.name }).run();
    };
    reader.readAsDataURL(file);
  };
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('reports.editor.toolbar')}>
      <Tool
        label={t('reports.editor.bold')}
        icon={Bold}
        active={state.bold}
        disabled={readOnly}
        onClick={() => chain().toggleBold().run()}
      />
      <Tool
        label={t('reports.editor.italic')}
        icon={Italic}
        active={state.italic}
        disabled={readOnly}
        onClick={() => chain().toggleItalic().run()}
      />
      <Tool
        label={t('reports.editor.heading2')}
        icon={Heading2}
        active={state.h2}
        disabled={readOnly}
        onClick={() => chain().toggleHeading({ level: 2 }).run()}
      />
      <Tool
        label={t('reports.editor.heading3')}
        icon={Heading3}
        active={state.h3}
        disabled={readOnly}
        onClick={() => chain().toggleHeading({ level: 3 }).run()}
      />
      <Tool
        label={t('reports.editor.bulletList')}
        icon={List}
        active={state.bullet}
        disabled={readOnly}
        onClick={() => chain().toggleBulletList().run()}
      />
      <Tool
        label={t('reports.editor.orderedList')}
        icon={ListOrdered}
        active={state.ordered}
        disabled={readOnly}
        onClick={() => chain().toggleOrderedList().run()}
      />
      <Tool
        label={t('reports.editor.table')}
        icon={TableIcon}
        disabled={readOnly}
        onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      />
      <Tool
        label={t('reports.editor.image')}
        icon={ImagePlus}
        disabled={readOnly}
        onClick={() => fileInput.current?.click()}
      />
      <input
        ref={fileInput}
        type="file"
        accept="image/png,image/jpeg"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) insertImage(file);
          event.target.value = '';
        }}
      />
      <span className="editor-toolbar__gap" />
      <Tool
        label={t('reports.editor.undo')}
        icon={Undo2}
        disabled={readOnly || !state.undo}
        onClick={() => chain().undo().run()}
      />
      <Tool
        label={t('reports.editor.redo')}
        icon={Redo2}
        disabled={readOnly || !state.redo}
        onClick={() => chain().redo().run()}
      />
    </div>
  );
}
