import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { QueueFilter, QuerySort, QueueResult } from '../../shared/triage/queueIndex';
import { QueueIndex } from '../../shared/triage/queueIndex';
import { getDatabase } from '../db/database';
import { alertKey } from './alertKey';
import { DETECTION_AUDIT_ACTION } from './detection/detectionStore';
import type { RankingResult } from './learning/protocol';
import { loadQueueRows, workflowFields } from './queueData';

type QueueRisk = Pick<RankingResult, 'keys' | 'risks'>;

/** The risk each index was last ranked by, so a new ranking is set once, not on every query. */
const riskApplied = new WeakMap<QueueIndex, QueueRisk | null>();

export interface AlertQueue {
  index: QueueIndex;
  result: QueueResult;
}

/**
 * The queue: every alert of the current generations in compact columns, re-read when a dataset
 * changes, patched in place when triage changes an alert, and filtered and sorted on demand.
 */
export function useAlertQueue(
  filter: QueueFilter,
  sort: QuerySort,
  now: number,
  /** The risk model's estimates (renderer/alerts/learning), for the `risk` sort. */
  risk: QueueRisk | null = null,
): AlertQueue | undefined | null {
  // Re-read when a generation changes or a local detection run is stored.
  const generations = useLiveQuery(async () => {
    const db = getDatabase();
    const datasets = await db.datasets.toArray();
    const run = await db.audit.where('action').equals(DETECTION_AUDIT_ACTION).last();
    return [...datasets.map((dataset) => dataset.generation), run?.seq ?? 0].join('|');
  }, []);
  const [index, setIndex] = useState<QueueIndex | null | undefined>(undefined);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    if (generations === undefined) return;
    let cancelled = false;
    void loadQueueRows().then((rows) => {
      if (!cancelled) setIndex(rows.length === 0 ? null : new QueueIndex(rows));
    });
    return () => {
      cancelled = true;
    };
  }, [generations]);

  useEffect(() => {
    if (!index) return;
    const db = getDatabase();
    // Workflow records are few (what users touched), so re-reading them all on a change is cheap.
    const subscription = liveQuery(() =>
      Promise.all([db.alertStates.toArray(), db.annotations.toArray()]),
    ).subscribe(([states, annotations]) => {
      const stateOf = new Map(states.map((state) => [alertKey(state.dataset, state.alertId), state]));
      const annotationOf = new Map(annotations.map((note) => [alertKey(note.dataset, note.alertId), note]));
      for (const key of new Set([...stateOf.keys(), ...annotationOf.keys()])) {
        index.update(key, workflowFields({ state: stateOf.get(key), annotation: annotationOf.get(key) }));
      }
      setRevision((value) => value + 1);
    });
    return () => subscription.unsubscribe();
  }, [index]);

  return useMemo(() => {
    if (index === undefined || index === null) return index;
    if (riskApplied.get(index) !== risk) {
      index.setRisk(risk?.keys ?? [], risk?.risks ?? []);
      riskApplied.set(index, risk);
    }
    return { index, result: index.query({ filter, sort, now }) };
    // `revision` re-runs the query after triage patched the index in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, filter, sort, now, revision, risk]);
}
