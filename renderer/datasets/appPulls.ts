/** This window's pulls: one PullManager starting real pulls, and the hook that follows it. */
import { useSyncExternalStore } from 'react';
import { startPull } from './pullClient';
import type { PullEntry } from './pullManager';
import { PullManager } from './pullManager';

export const pullManager = new PullManager(startPull);

export function usePulls(): readonly PullEntry[] {
  return useSyncExternalStore(pullManager.subscribe, pullManager.getSnapshot);
}
