/**
 * The Overview's figures for a period and a focused region, from the worker: the base (outlines,
 * branches, span) once per set of dataset versions and alert statuses, the sums on every change.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DayRange } from '../../shared/analytics/overview/days';
import { dayOfEpochMs } from '../../shared/analytics/overview/days';
import { getDatabase } from '../db/database';
import type { DatasetRecord } from '../db/records';
import { alertStatusVersion } from './alertStatus';
import { prepareOverview, summariseOverview } from './overviewClient';
import type { OverviewBase, OverviewFigures } from './protocol';

export interface OverviewState {
  base: OverviewBase | null;
  figures: OverviewFigures | null;
  progress: { done: number; total: number } | null;
  error: string | null;
}

export function useOverview(
  datasets: readonly DatasetRecord[],
  period: DayRange | null,
  region: string | null,
): OverviewState {
  const statusVersion = useLiveQuery(() => alertStatusVersion(getDatabase()), []);
  const [base, setBase] = useState<OverviewBase | null>(null);
  const [figures, setFigures] = useState<OverviewFigures | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputs = useMemo(
    () =>
      datasets.map((dataset) => ({
        id: dataset.id,
        generation: dataset.generation,
        period: dataset.scope.period,
      })),
    [datasets],
  );
  const key = inputs.map((input) => input.generation).join(',');
  const latest = useRef(0);

  useEffect(() => {
    if (statusVersion === undefined || inputs.length === 0) return;
    let live = true;
    prepareOverview(inputs, statusVersion, (done, total) => {
      if (live) setProgress({ done, total });
    })
      .then((prepared) => {
        if (!live) return;
        setProgress(null);
        setError(null);
        setBase(prepared);
      })
      .catch((failure: Error) => live && setError(failure.message));
    return () => {
      live = false;
    };
    // `key` stands for `inputs`: the same generations need no new base.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, statusVersion]);

  useEffect(() => {
    if (!base) return;
    const request = ++latest.current;
    summariseOverview(period, region, dayOfEpochMs(Date.now()))
      .then((next) => {
        // Answers come back in order; only the newest request's is shown.
        if (request === latest.current) setFigures(next);
      })
      .catch((failure: Error) => setError(failure.message));
  }, [base, period?.from, period?.to, region]); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    base: base?.key === key ? base : null,
    figures: base?.key === key ? figures : null,
    progress,
    error,
  };
}
