import { useCallback, useEffect, useState } from 'react';

export interface StorageStatus {
  /** Null where the browser cannot estimate. */
  usage: number | null;
  quota: number | null;
  /** Null where the Storage API is missing. */
  persisted: boolean | null;
}

async function readStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted()]);
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}

/** The origin's storage use and whether it is exempt from eviction, with a way to ask for that. */
export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [requestDenied, setRequestDenied] = useState(false);

  const refresh = useCallback(async () => setStatus(await readStorageStatus()), []);

  useEffect(() => {
    let current = true;
    readStorageStatus().then(
      (next) => current && setStatus(next),
      (error: unknown) => console.error('Could not read the storage estimate', error),
    );
    return () => {
      current = false;
    };
  }, []);

  const requestPersistence = useCallback(async () => {
    const granted = await navigator.storage.persist();
    setRequestDenied(!granted);
    await refresh();
  }, [refresh]);

  return { status, requestDenied, requestPersistence };
}
