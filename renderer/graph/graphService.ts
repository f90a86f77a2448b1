/**
 * What the graph worker answers: it builds each generation's link model once (kept in worker
 * memory for the latest generation asked), then serves seeds, expansions, ties, details,
 * layouts and algorithms from it.
 */
import type { Account, Trade, Transfer } from '../../shared/dictionary/types';
import {
  centrality,
  communities,
  components,
  shortestPath,
  tieGraph,
} from '../../shared/graph/algorithms';
import type { DatasetCommunity } from '../../shared/graph/datasetCommunities';
import { datasetCommunities } from '../../shared/graph/datasetCommunities';
import type { LinkModel } from '../../shared/graph/linkModel';
import { edgesAmong, newNeighbours } from '../../shared/graph/neighbourhood';
import type { LinkFilter } from '../../shared/graph/types';
import { EVENT_NODE_PREFIX, nodeKindOf } from '../../shared/graph/types';
import { rowsForAccount } from '../db/chunks';
import { layoutPositions } from './layout';
import { loadLinkModel } from './loadLinkModel';
import type { AccountDetails, NodeView, RequestMap, RequestType, SeedSource } from './protocol';

/** Rows of each kind the side panel lists; counts say how many there are in all. */
const DETAIL_ROWS = 200;

interface CachedModel {
  key: string;
  model: Promise<LinkModel>;
  buildMs: number;
}

let cached: CachedModel | null = null;
let windowMinutes = 10;
const communityCache = new Map<string, DatasetCommunity[]>();

async function modelFor(
  generation: string,
): Promise<{ model: LinkModel; cached: boolean; buildMs: number }> {
  const key = `${generation}@${windowMinutes}`;
  if (cached?.key === key)
    return { model: await cached.model, cached: true, buildMs: cached.buildMs };
  const started = performance.now();
  const entry: CachedModel = {
    key,
    model: loadLinkModel(generation, { coTradingWindowMinutes: windowMinutes }),
    buildMs: 0,
  };
  cached = entry;
  communityCache.clear();
  const model = await entry.model;
  entry.buildMs = performance.now() - started;
  return { model, cached: false, buildMs: entry.buildMs };
}

/** An external party's token is a pseudonym of a card or wallet: shown shortened. */
export function externalLabel(id: string): string {
  const [, kind = '', token = ''] = /^EXT:([A-Z]+)-?(.*)$/.exec(id) ?? [];
  return `${kind} ${token.slice(0, 6)}…`;
}

function nodeView(model: LinkModel, id: string): NodeView {
  const info = model.nodeInfo(id);
  const account: Account | undefined = info.account;
  return {
    id,
    kind: info.kind,
    label:
      info.kind === 'external'
        ? externalLabel(id)
        : info.kind === 'event'
          ? id.slice(EVENT_NODE_PREFIX.length)
          : id,
    risk: account?.risk_level ?? null,
    accountKind: account?.kind ?? null,
    status: account?.status ?? null,
    alertIds: info.alerts.map((alert) => alert.id),
    alertScore: info.alerts[0]?.score ?? null,
  };
}

function seedIds(model: LinkModel, source: SeedSource): string[] {
  switch (source.by) {
    case 'alert':
      return model.alerts.get(source.alertId)?.accounts ?? [];
    case 'account':
      return model.hasNode(source.account) ? [source.account] : [];
    case 'identifier':
      return model.accountsWithIdentifier(source.kind, source.hash);
    case 'search':
      return searchSeeds(model, source.text.trim());
    case 'community': {
      const community = communitiesFor(model, source.filter).find(
        (candidate) => candidate.number === source.number,
      );
      return community ? [...community.accounts, ...community.others] : [];
    }
  }
}

function communitiesFor(model: LinkModel, filter: LinkFilter): DatasetCommunity[] {
  const key = filterKey(filter);
  let list = communityCache.get(key);
  if (!list) communityCache.set(key, (list = datasetCommunities(model, filter)));
  return list;
}

/** An alert id, then an account or other node id, then `<kind>:<hash>` or a bare hash. */
function searchSeeds(model: LinkModel, text: string): string[] {
  if (text === '') return [];
  const alert = model.alerts.get(text);
  if (alert) return alert.accounts;
  if (model.hasNode(text)) return [text];
  const separator = text.indexOf(':');
  if (separator > 0) {
    const found = model.accountsWithIdentifier(
      text.slice(0, separator),
      text.slice(separator + 1).toLowerCase(),
    );
    if (found.length > 0) return found;
  }
  const hash = text.toLowerCase();
  for (const group of model.allIdentifierGroups())
    if (group.hash === hash) return group.members.map((member) => member.account);
  return [];
}

function filterKey(filter: LinkFilter): string {
  return JSON.stringify(filter);
}

async function details(
  generation: string,
  model: LinkModel,
  node: string,
): Promise<AccountDetails> {
  const info = model.nodeInfo(node);
  const identifiers = (model.groupsByAccount.get(node) ?? []).map((group) => {
    const mine = group.members.find((member) => member.account === node);
    return {
      kind: group.kind,
      hash: group.hash,
      sharedBy: group.members.length,
      firstSeen: mine?.firstSeen ?? 0,
      lastSeen: mine?.lastSeen ?? 0,
    };
  });
  let transfers: Transfer[] = [];
  let trades: Trade[] = [];
  if (nodeKindOf(node) === 'account') {
    transfers = await rowsForAccount(generation, 'transfers', node);
    trades = await rowsForAccount(generation, 'trades', node);
  } else if (nodeKindOf(node) === 'external') {
    // An external party's transfers are found through the accounts it paid or was paid by.
    const seen = new Set<string>();
    for (const edge of model.pairEdgesByNode.get(node) ?? []) {
      const other = edge.source === node ? edge.target : edge.source;
      for (const row of await rowsForAccount(generation, 'transfers', other)) {
        if ((row.from === node || row.to === node) && !seen.has(row.id)) {
          seen.add(row.id);
          transfers.push(row);
        }
      }
    }
    transfers.sort((a, b) => (a.ts < b.ts ? -1 : 1));
  }
  return {
    account: info.account ?? null,
    identifiers: identifiers
      .sort((a, b) => a.sharedBy - b.sharedBy || (a.kind < b.kind ? 1 : -1))
      .reverse(),
    transfers: transfers.slice(-DETAIL_ROWS).reverse(),
    transferCount: transfers.length,
    trades: trades.slice(-DETAIL_ROWS).reverse(),
    tradeCount: trades.length,
    alerts: info.alerts,
  };
}

type Handlers = {
  [T in RequestType]: (request: RequestMap[T]['request']) => Promise<RequestMap[T]['answer']>;
};

export const handlers: Handlers = {
  async open({ generation, coTradingWindowMinutes }) {
    windowMinutes = coTradingWindowMinutes;
    const { model, cached: wasCached, buildMs } = await modelFor(generation);
    return { summary: model.summary(), buildMs, cached: wasCached };
  },

  async seeds({ generation, source }) {
    const { model } = await modelFor(generation);
    const ids = seedIds(model, source);
    const unique = [...new Set(ids)].filter((id) => model.hasNode(id) || model.accounts.has(id));
    return { nodes: unique.map((id) => nodeView(model, id)), missing: unique.length === 0 };
  },

  async expand({ generation, visible, expand, filter }) {
    const { model } = await modelFor(generation);
    const added = newNeighbours(model, new Set(visible), expand, filter);
    return { added: added.map((id) => nodeView(model, id)) };
  },

  async edges({ generation, nodes, filter }) {
    const { model } = await modelFor(generation);
    const set = new Set(nodes);
    return { edges: edgesAmong(model, set, filter), hubs: model.setAsideHubs(filter, set) };
  },

  async details({ generation, node }) {
    const { model } = await modelFor(generation);
    return details(generation, model, node);
  },

  async layout({ nodes, edges }) {
    const started = performance.now();
    const positions = layoutPositions(nodes, edges);
    return { positions, ms: performance.now() - started };
  },

  async analyse({ nodes, edges }) {
    const graph = tieGraph(nodes, edges);
    const found = communities(graph);
    const central = centrality(graph);
    return {
      communityOf: Object.fromEntries(found.of),
      communityCount: found.members.length,
      centrality: central.measure,
      centralityOf: Object.fromEntries(central.score),
      components: components(graph).length,
    };
  },

  async path({ nodes, edges, from, to }) {
    return shortestPath(tieGraph(nodes, edges), from, to);
  },

  async communities({ generation, filter }) {
    const { model } = await modelFor(generation);
    return communitiesFor(model, filter);
  },
};
