import { Fragment, type ReactNode } from 'react';

/**
 * Notes use a small plain-text formatting: `**bold**`, `*italic*` and lines starting with `- `
 * as a list. Rendered as React elements, never as HTML, so a note cannot inject markup.
 */
function inline(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*]+)\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(match[1] !== undefined ? <strong key={at}>{match[1]}</strong> : <em key={at}>{match[2]}</em>);
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

export function FormattedNote({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  let list: string[] = [];
  const flush = (key: number) => {
    if (list.length === 0) return;
    blocks.push(
      <ul key={`l${key}`}>
        {list.map((item, index) => (
          <li key={index}>{inline(item)}</li>
        ))}
      </ul>,
    );
    list = [];
  };
  text.split('\n').forEach((line, index) => {
    if (line.startsWith('- ')) {
      list.push(line.slice(2));
      return;
    }
    flush(index);
    if (line.trim() !== '') blocks.push(<p key={index}>{inline(line)}</p>);
  });
  flush(-1);
  return <Fragment>{blocks}</Fragment>;
}

/** Wraps the selection of a textarea in markers, or prefixes its lines; returns the new text. */
export function applyFormat(
  text: string,
  start: number,
  end: number,
  format: 'bold' | 'italic' | 'list',
): { text: string; cursor: number } {
  if (format === 'list') {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const next = `${text.slice(0, lineStart)}- ${text.slice(lineStart)}`;
    return { text: next, cursor: end + 2 };
  }
  const marker = format === 'bold' ? '**' : '*';
  const next = `${text.slice(0, start)}${marker}${text.slice(start, end)}${marker}${text.slice(end)}`;
  return { text: next, cursor: end + marker.length * 2 };
}
