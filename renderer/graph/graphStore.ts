/**
 * The Graph page's state: what is on screen, where, what is pinned, hidden and selected, the
 * filter, and an undo history. Actions ask the graph worker and commit whole steps at once, so
 * each undo takes back one thing the examiner did.
 */
import { create } from 'zustand';
import type { PathResult } from '../../shared/graph/algorithms';
import type { GraphEdge, LinkFilter, SetAsideHub } from '../../shared/graph/types';
import { DEFAULT_LINK_FILTER } from '../../shared/graph/types';
import type { LinkModelSummary } from '../../shared/graph/linkModel';
import type { Analysis, NodeView, SeedSource } from './protocol';

export type Position = { x: number; y: number };

/** What one undo restores. */
export interface GraphView {
  nodes: Record<string, NodeView>;
  /** The nodes the graph was opened from; collapsing never removes them. */
  seeds: string[];
  edges: GraphEdge[];
  positions: Record<string, Position>;
  hidden: string[];
  pinned: string[];
}

export const EMPTY_VIEW: GraphView = {
  nodes: {},
  seeds: [],
  edges: [],
  positions: {},
  hidden: [],
  pinned: [],
};

export type GraphStatus =
  | { state: 'idle' }
  | { state: 'building' }
  | { state: 'working' }
  | { state: 'error'; message: string };

export interface GraphState {
  dataset: string | null;
  generation: string | null;
  summary: LinkModelSummary | null;
  buildMs: number | null;
  coTradingWindowMinutes: number;
  /** What the graph was opened from, as the examiner would say it. */
  openedFrom: string | null;
  /** The seed the graph was opened from, for a snapshot's provenance. */
  openedBy: SeedSource | null;
  view: GraphView;
  history: GraphView[];
  hubs: SetAsideHub[];
  analysis: Analysis | null;
  filter: LinkFilter;
  selected: string | null;
  pathEnds: [string | null, string | null];
  path: PathResult | null;
  /** Path asked for but none found. */
  noPath: boolean;
  showCommunities: boolean;
  /** Timeline: ties first seen after this are not drawn; null shows all. */
  timelineAt: number | null;
  layoutMs: number | null;
  status: GraphStatus;
  set: (patch: Partial<Omit<GraphState, 'set'>>) => void;
}

export const useGraphStore = create<GraphState>()((set) => ({
  dataset: null,
  generation: null,
  summary: null,
  buildMs: null,
  coTradingWindowMinutes: 10,
  openedFrom: null,
  openedBy: null,
  view: EMPTY_VIEW,
  history: [],
  hubs: [],
  analysis: null,
  filter: DEFAULT_LINK_FILTER,
  selected: null,
  pathEnds: [null, null],
  path: null,
  noPath: false,
  showCommunities: false,
  timelineAt: null,
  layoutMs: null,
  status: { state: 'idle' },
  set: (patch) => set(patch),
}));

/** Undo keeps this many steps. */
export const HISTORY_LIMIT = 50;
