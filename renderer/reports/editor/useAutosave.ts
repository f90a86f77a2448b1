import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocNode } from '../../../shared/reports/documentModel';
import { saveDraft } from '../reportStore';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

const DELAY_MS = 600;

/**
 * Writes the working draft a moment after the last edit, and at once when the page is hidden or
 * the editor goes away, so an edit is on disk before a reload or a crash can take it.
 */
export function useAutosave(reportId: string) {
  const [state, setState] = useState<SaveState>('saved');
  const pending = useRef<DocNode | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const doc = pending.current;
    if (!doc) return;
    pending.current = null;
    setState('saving');
    try {
      await saveDraft(reportId, doc);
      setState(pending.current ? 'pending' : 'saved');
    } catch {
      // Keep the text to write on the next flush (an edit, hiding the page, saving a version).
      pending.current ??= doc;
      setState('failed');
    }
  }, [reportId]);

  const schedule = useCallback(
    (doc: DocNode) => {
      pending.current = doc;
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  return { state, schedule, flush };
}
