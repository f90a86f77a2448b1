/**
 * What an Overview snapshot was taken of, so a case (and a report drawn from it) can say where
 * its picture came from: the datasets, the period, the focused region, the map's metric and heat.
 */
import { createContext, useContext } from 'react';
import type { EvidenceProvenance } from '../db/records';

export interface OverviewView {
  /** Bare dataset ids (`gd-2026q3`), with the generation each figure was read from. */
  datasets: { id: string; generation: string }[];
  /** Jurisdiction days, `YYYY-MM-DD`. */
  period: { from: string; to: string };
  region: { code: string; name: string };
  metric: string;
  heat: string;
}

export const OverviewViewContext = createContext<OverviewView | null>(null);

export function useOverviewView(): OverviewView | null {
  return useContext(OverviewViewContext);
}

/** The provenance of one picture (`map`, `timeline`, `typologies`, `region-trend`) of the view. */
export function overviewProvenance(view: OverviewView, picture: string): EvidenceProvenance {
  return {
    view: 'overview',
    ...(view.datasets.length === 1 ? { dataset: view.datasets[0]!.id } : {}),
    subjects: [`region:${view.region.code}`],
    parameters: {
      picture,
      datasets: view.datasets.map((dataset) => dataset.id),
      generations: view.datasets.map((dataset) => dataset.generation),
      period: view.period,
      region: view.region.code,
      regionName: view.region.name,
      metric: view.metric,
      heat: view.heat,
    },
  };
}
