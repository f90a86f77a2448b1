/**
 * The links between accounts that the data shows: shared identifier values (device, MAC, phone,
 * card…), payments between accounts and outside parties (a funder, a collecting card) that deal
 * with several accounts. Held in a graphology graph whose nodes are account numbers.
 */
import Graph from 'graphology';
import type { IdentifierKind } from '../dictionary/types';
import type { MarketData } from './marketData';

/** What ties two accounts: identifier kinds, `transfer`, `common_outside_party`. */
export type LinkKind = IdentifierKind | 'transfer' | 'common_outside_party';

export interface LinkAttributes {
  kinds: LinkKind[];
  weight: number;
  transferAmount: number;
}

export type LinkGraph = Graph<Record<string, never>, LinkAttributes>;

/**
 * How much each kind of tie says that one person controls both accounts. A device, MAC, phone,
 * card or e-mail used by two accounts is near-proof; an address, an IP or a payment is a hint.
 */
export const DEFAULT_LINK_WEIGHTS: Record<LinkKind, number> = {
  device: 1,
  mac: 1,
  phone: 1,
  bank_card: 1,
  email: 0.8,
  address: 0.6,
  ip: 0.5,
  transfer: 0.8,
  common_outside_party: 0.6,
};

/** Kinds that, shared directly, mean one controller (self-dealing rather than an agreement). */
export const CONTROL_KINDS: ReadonlySet<LinkKind> = new Set([
  'device',
  'mac',
  'phone',
  'bank_card',
  'email',
]);

function link(graph: LinkGraph, a: number, b: number, kind: LinkKind, amount = 0): void {
  if (a === b) return;
  const [x, y] = a < b ? [String(a), String(b)] : [String(b), String(a)];
  graph.mergeNode(x);
  graph.mergeNode(y);
  const edge = graph.edge(x, y);
  if (edge === undefined) {
    graph.addUndirectedEdge(x, y, {
      kinds: [kind],
      weight: DEFAULT_LINK_WEIGHTS[kind],
      transferAmount: amount,
    });
    return;
  }
  const attributes = graph.getEdgeAttributes(edge);
  attributes.transferAmount += amount;
  if (!attributes.kinds.includes(kind)) {
    attributes.kinds.push(kind);
    attributes.weight += DEFAULT_LINK_WEIGHTS[kind];
  }
}

export function buildLinkGraph(data: MarketData): LinkGraph {
  const graph: LinkGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const { kind, accounts } of data.sharedValues) {
    for (let i = 0; i < accounts.length; i++)
      for (let j = i + 1; j < accounts.length; j++) link(graph, accounts[i]!, accounts[j]!, kind);
  }
  for (const transfer of data.accountTransfers)
    link(graph, transfer.from, transfer.to, 'transfer', transfer.amount);
  for (const { accounts } of data.sharedOutsideParties) {
    for (let i = 0; i < accounts.length; i++)
      for (let j = i + 1; j < accounts.length; j++)
        link(graph, accounts[i]!, accounts[j]!, 'common_outside_party');
  }
  return graph;
}

export function linkBetween(graph: LinkGraph, a: number, b: number): LinkAttributes | null {
  const x = String(a);
  const y = String(b);
  if (!graph.hasNode(x) || !graph.hasNode(y)) return null;
  const edge = graph.edge(x, y);
  return edge === undefined ? null : graph.getEdgeAttributes(edge);
}

export function sharesControlIdentifier(link: LinkAttributes | null): boolean {
  return link !== null && link.kinds.some((kind) => CONTROL_KINDS.has(kind));
}
