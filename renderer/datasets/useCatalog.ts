import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LoadedIndex } from '../../shared/package/loadIndex';
import type { SourceRecord } from '../db/records';
import { loadCatalog, type CatalogSource } from './catalog';

export type CatalogState =
  | { status: 'loading' }
  | { status: 'ready'; catalog: LoadedIndex }
  | { status: 'failed'; error: unknown };

interface Answer {
  source: CatalogSource;
  attempt: number;
  state: CatalogState;
}

/** A source's verified catalog, read when the source appears and again on `reload`. */
export function useCatalog(record: SourceRecord): { state: CatalogState; reload: () => void } {
  // Reading a catalog updates the record (the newest catalog seen): that alone is no reason to read again.
  const { id, kind, location, publisherKeyPem } = record;
  const source = useMemo(
    () => ({ id, kind, location, publisherKeyPem }),
    [id, kind, location, publisherKeyPem],
  );
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    let current = true;
    loadCatalog(source).then(
      (catalog) => current && setAnswer({ source, attempt, state: { status: 'ready', catalog } }),
      (error: unknown) =>
        current && setAnswer({ source, attempt, state: { status: 'failed', error } }),
    );
    return () => {
      current = false;
    };
  }, [source, attempt]);
  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  // An answer to an earlier source or attempt is stale: show loading until this one's arrives.
  const fresh = answer !== null && answer.source === source && answer.attempt === attempt;
  return { state: fresh ? answer.state : { status: 'loading' }, reload };
}
