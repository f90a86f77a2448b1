import { useCallback, useState } from 'react';
import type { IndexDataset } from '../../shared/package/schemas';
import type { SourceRecord } from '../db/records';
import { loadVersionManifest } from './catalog';

export type VersionDetail =
  | { version: number; status: 'ready'; bytes: number; rows: number; expires: string }
  | { version: number; status: 'failed'; error: unknown };

export type VersionDetailsState =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; versions: VersionDetail[] };

/** Sizes, row counts and retention of a dataset's versions, from their signed manifests, on demand. */
export function useVersionDetails(
  source: SourceRecord,
  dataset: IndexDataset,
): { state: VersionDetailsState; load: () => void } {
  const [state, setState] = useState<VersionDetailsState>({ status: 'idle' });
  const load = useCallback(() => {
    setState({ status: 'loading' });
    void Promise.all(
      dataset.versions.map(async (entry): Promise<VersionDetail> => {
        try {
          const { manifest } = await loadVersionManifest(source, dataset.id, entry);
          return {
            version: entry.version,
            status: 'ready',
            bytes: manifest.tables.reduce((sum, table) => sum + table.bytes, 0),
            rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
            expires: manifest.expires,
          };
        } catch (error) {
          return { version: entry.version, status: 'failed', error };
        }
      }),
    ).then((versions) => setState({ status: 'ready', versions }));
  }, [source, dataset]);
  return { state, load };
}
