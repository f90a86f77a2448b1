/**
 * The queue's risk order, from the ranking worker: asked again whenever the queue (a dataset
 * version, a local detection run) or the confirmed labels change. The last ranking stays in use
 * while the next is computed, so the order does not fall back to the scores in between.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getDatabase } from '../../db/database';
import { DETECTION_AUDIT_ACTION } from '../detection/detectionStore';
import type { RankingRequest, RankingResponse, RankingResult } from './protocol';

export interface RiskRanking {
  result: RankingResult | null;
  /** A ranking is being computed. */
  busy: boolean;
  error: string | null;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (response: RankingResponse) => void>();

function rankInWorker(): Promise<RankingResponse> {
  if (!worker) {
    worker = new Worker(new URL('./ranking.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<RankingResponse>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
  }
  const id = nextId++;
  const request: RankingRequest = { id };
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage(request);
  });
}

/** What the ranking depends on, as one string that changes when it does. */
async function rankingInputs(): Promise<string> {
  const db = getDatabase();
  const [datasets, run, confirmed] = await Promise.all([
    db.datasets.toArray(),
    db.audit.where('action').equals(DETECTION_AUDIT_ACTION).last(),
    db.alertStates.where('labelStatus').equals('confirmed').toArray(),
  ]);
  return [
    datasets.map((dataset) => dataset.generation).sort().join(','),
    run?.seq ?? 0,
    confirmed.map((state) => `${state.dataset}:${state.alertId}@${state.updatedAt}`).sort().join(','),
  ].join('|');
}

interface Ranked {
  /** The inputs this ranking answered. */
  inputs: string | null;
  result: RankingResult | null;
  error: string | null;
}

export function useRiskRanking(): RiskRanking {
  const inputs = useLiveQuery(rankingInputs, []);
  const [ranked, setRanked] = useState<Ranked>({ inputs: null, result: null, error: null });

  useEffect(() => {
    if (inputs === undefined) return;
    let live = true;
    void rankInWorker().then((response) => {
      if (!live) return;
      setRanked((current) =>
        response.kind === 'ranked'
          ? { inputs, result: response.result, error: null }
          : { inputs, result: current.result, error: response.message },
      );
    });
    return () => {
      live = false;
    };
  }, [inputs]);

  return { result: ranked.result, busy: ranked.inputs !== inputs, error: ranked.error };
}
