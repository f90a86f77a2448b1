/**
 * What the examiner does on the Graph page, as functions over the store: open from a seed,
 * expand, collapse, hide, pin, undo, filter, find a path. Each asks the worker, lays the result
 * out off the UI thread and commits it as one step.
 */
import type { LinkFilter } from '../../shared/graph/types';
import { errorMessage } from '../../shared/package/refusal';
import { graphClient } from './graphClient';
import type { GraphView, Position } from './graphStore';
import { EMPTY_VIEW, HISTORY_LIMIT, useGraphStore } from './graphStore';
import type { NodeView, SeedSource } from './protocol';

const store = useGraphStore;

async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
  store.getState().set({ status: { state: 'working' } });
  try {
    const result = await work();
    store.getState().set({ status: { state: 'idle' } });
    return result;
  } catch (error) {
    store.getState().set({ status: { state: 'error', message: errorMessage(error) } });
    return undefined;
  }
}

/** Builds (or finds cached) the link model of a dataset's current generation. */
export async function openDataset(dataset: string, generation: string): Promise<boolean> {
  const state = store.getState();
  if (state.generation !== generation) {
    state.set({
      dataset,
      generation,
      view: EMPTY_VIEW,
      history: [],
      summary: null,
      analysis: null,
    });
  }
  state.set({ status: { state: 'building' } });
  try {
    const opened = await graphClient().call('open', {
      generation,
      coTradingWindowMinutes: state.coTradingWindowMinutes,
    });
    store.getState().set({
      summary: opened.summary,
      buildMs: opened.buildMs,
      status: { state: 'idle' },
    });
    return true;
  } catch (error) {
    store.getState().set({ status: { state: 'error', message: errorMessage(error) } });
    return false;
  }
}

/** Ties among the nodes of `view`, its layout and analysis: the view made whole. */
async function complete(view: GraphView, relayout: boolean): Promise<GraphView> {
  const { generation, filter } = store.getState();
  if (!generation) return view;
  const ids = Object.keys(view.nodes);
  const client = graphClient();
  const { edges, hubs } = await client.call('edges', { generation, nodes: ids, filter });
  const next: GraphView = { ...view, edges };
  const missing = ids.some((id) => view.positions[id] === undefined);
  if (relayout || missing) {
    const { positions, ms } = await client.call('layout', {
      nodes: ids.map((id) => {
        const fixed = view.pinned.includes(id) ? view.positions[id] : undefined;
        return fixed ? { id, fixed } : { id };
      }),
      edges: edges.map(({ source, target }) => ({ source, target })),
    });
    next.positions = positions;
    store.getState().set({ layoutMs: ms });
  }
  const analysis = await client.call('analyse', {
    nodes: ids.filter((id) => !view.hidden.includes(id)),
    edges: edges.filter(
      (edge) => !view.hidden.includes(edge.source) && !view.hidden.includes(edge.target),
    ),
  });
  store.getState().set({ hubs, analysis });
  return next;
}

function commit(view: GraphView): void {
  const state = store.getState();
  const history = [...state.history, state.view].slice(-HISTORY_LIMIT);
  state.set({ view, history, path: null, noPath: false });
}

function byId(nodes: NodeView[]): Record<string, NodeView> {
  return Object.fromEntries(nodes.map((node) => [node.id, node]));
}

export interface OpenOutcome {
  found: boolean;
}

/** Replaces the view with the accounts of an alert, an account, an identifier or a community. */
export async function openFrom(source: SeedSource, label: string): Promise<OpenOutcome> {
  const { generation } = store.getState();
  if (!generation) return { found: false };
  const outcome = await run(async () => {
    const { nodes } = await graphClient().call('seeds', { generation, source });
    if (nodes.length === 0) return { found: false };
    const view = await complete(
      { ...EMPTY_VIEW, nodes: byId(nodes), seeds: nodes.map((node) => node.id) },
      true,
    );
    commit(view);
    store.getState().set({ openedFrom: label, openedBy: source, selected: nodes[0]?.id ?? null, timelineAt: null });
    return { found: true };
  });
  return outcome ?? { found: false };
}

/** Adds the neighbours of `targets` (every visible node when omitted) through the filter's ties. */
export async function expand(targets?: string[], filter?: LinkFilter): Promise<number> {
  const state = store.getState();
  const { generation, view } = state;
  if (!generation) return 0;
  const visible = Object.keys(view.nodes);
  const expandIds = (targets ?? visible).filter((id) => !view.hidden.includes(id));
  const added = await run(async () => {
    const answer = await graphClient().call('expand', {
      generation,
      visible,
      expand: expandIds,
      filter: filter ?? state.filter,
    });
    if (answer.added.length === 0) return 0;
    const next = await complete({ ...view, nodes: { ...view.nodes, ...byId(answer.added) } }, true);
    commit(next);
    return answer.added.length;
  });
  return added ?? 0;
}

/** Removes the neighbours that hang on `node` alone (not seeds, not pinned). */
export async function collapse(node: string): Promise<number> {
  const { view } = store.getState();
  const degree = new Map<string, number>();
  for (const edge of view.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const neighbours = new Set<string>();
  const through = new Map<string, number>();
  for (const edge of view.edges) {
    if (edge.source !== node && edge.target !== node) continue;
    const other = edge.source === node ? edge.target : edge.source;
    neighbours.add(other);
    through.set(other, (through.get(other) ?? 0) + 1);
  }
  const removed = [...neighbours].filter(
    (other) =>
      !view.seeds.includes(other) &&
      !view.pinned.includes(other) &&
      (degree.get(other) ?? 0) === (through.get(other) ?? 0),
  );
  if (removed.length === 0) return 0;
  const gone = new Set(removed);
  const nodes = Object.fromEntries(Object.entries(view.nodes).filter(([id]) => !gone.has(id)));
  const next = await run(() =>
    complete(
      {
        ...view,
        nodes,
        edges: view.edges.filter((edge) => !gone.has(edge.source) && !gone.has(edge.target)),
        hidden: view.hidden.filter((id) => !gone.has(id)),
      },
      false,
    ),
  );
  if (next) commit(next);
  return removed.length;
}

export async function setHidden(ids: string[], hidden: boolean): Promise<void> {
  const { view, selected } = store.getState();
  const set = new Set(view.hidden);
  for (const id of ids) {
    if (hidden) set.add(id);
    else set.delete(id);
  }
  const next = await run(() => complete({ ...view, hidden: [...set] }, false));
  if (next) commit(next);
  if (hidden && selected && ids.includes(selected)) store.getState().set({ selected: null });
}

export function togglePinned(id: string, position: Position | undefined): void {
  const { view } = store.getState();
  const pinned = view.pinned.includes(id)
    ? view.pinned.filter((other) => other !== id)
    : [...view.pinned, id];
  const positions = position ? { ...view.positions, [id]: position } : view.positions;
  commit({ ...view, pinned, positions });
}

/** A node dragged to a new place keeps it (and an undo puts it back). */
export function moveNode(id: string, position: Position): void {
  const { view } = store.getState();
  commit({ ...view, positions: { ...view.positions, [id]: position } });
}

export async function relayout(): Promise<void> {
  const { view } = store.getState();
  const next = await run(() => complete(view, true));
  if (next) commit(next);
}

export function undo(): void {
  const state = store.getState();
  const previous = state.history.at(-1);
  if (!previous) return;
  state.set({ view: previous, history: state.history.slice(0, -1), path: null, noPath: false });
  void run(async () => {
    const { generation, filter } = store.getState();
    if (!generation) return;
    const ids = Object.keys(previous.nodes);
    const analysis = await graphClient().call('analyse', {
      nodes: ids.filter((id) => !previous.hidden.includes(id)),
      edges: previous.edges,
    });
    const { hubs } = await graphClient().call('edges', { generation, nodes: ids, filter });
    store.getState().set({ analysis, hubs });
  });
}

/** A new filter redraws the ties among the same nodes (no nodes come or go). */
export async function applyFilter(filter: LinkFilter): Promise<void> {
  store.getState().set({ filter });
  const { view } = store.getState();
  if (Object.keys(view.nodes).length === 0) return;
  const next = await run(() => complete(view, false));
  if (next) commit(next);
}

export async function findPath(from: string, to: string): Promise<void> {
  const { view } = store.getState();
  const nodes = Object.keys(view.nodes).filter((id) => !view.hidden.includes(id));
  const path = await run(() =>
    graphClient().call('path', {
      nodes,
      edges: view.edges.filter(
        (edge) => !view.hidden.includes(edge.source) && !view.hidden.includes(edge.target),
      ),
      from,
      to,
    }),
  );
  store.getState().set({ path: path ?? null, noPath: path === null });
}

export async function changeCoTradingWindow(minutes: number): Promise<void> {
  const state = store.getState();
  state.set({ coTradingWindowMinutes: minutes });
  if (state.dataset && state.generation) {
    await openDataset(state.dataset, state.generation);
    const next = await run(() => complete(store.getState().view, false));
    if (next) commit(next);
  }
}
