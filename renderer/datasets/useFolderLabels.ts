import { useEffect, useState } from 'react';
import { host } from '../host';

/** Folder grant id → the label the host shows for it (a path, or a folder name in a browser). */
export function useFolderLabels(): ReadonlyMap<string, string> {
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
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
  }, []);
  return labels;
}
