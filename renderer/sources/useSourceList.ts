import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../db/database';
import type { SourceRecord } from '../db/records';
import { host } from '../host';

/** The configured sources, oldest first, live; undefined until the first answer. */
export function useSourceList(): SourceRecord[] | undefined {
  return useLiveQuery(async () => {
    const sources = await getDatabase().sources.toArray();
    return sources.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  }, []);
}

/** Folder grant id → the label the host shows for it, asked again whenever the folder sources change. */
export function useFolderGrantLabels(
  sources: readonly SourceRecord[] | undefined,
): ReadonlyMap<string, string> {
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());
  const folderIds = (sources ?? [])
    .filter((source) => source.kind === 'folder')
    .map((source) => source.location)
    .join('\n');
  useEffect(() => {
    if (folderIds === '') return;
    let current = true;
    host.listFolders().then(
      (grants) => {
        if (current) setLabels(new Map(grants.map((grant) => [grant.id, grant.label])));
      },
      (error: unknown) => console.error('Could not list folder grants', error),
    );
    return () => {
      current = false;
    };
  }, [folderIds]);
  return labels;
}
