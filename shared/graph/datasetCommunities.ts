/**
 * Communities of the whole dataset, to open the graph from: Louvain over every tie the filter
 * passes, keeping groups of at least three accounts, those with alerted accounts first.
 */
import { communities, tieGraph } from './algorithms';
import type { LinkModel } from './linkModel';
import type { GraphEdge, LinkFilter } from './types';
import { nodeKindOf } from './types';

export interface DatasetCommunity {
  /** Position in the list, from 1. */
  number: number;
  accounts: string[];
  /** External parties and events inside the community. */
  others: string[];
  alertedAccounts: number;
  /** Sum of the weights of ties inside. */
  weight: number;
}

export const MIN_COMMUNITY_ACCOUNTS = 3;

/** Every tie the filter passes, once each. */
export function allEdges(model: LinkModel, filter: LinkFilter): GraphEdge[] {
  const edges = new Map<string, GraphEdge>();
  const nodes = new Set<string>([...model.groupsByAccount.keys(), ...model.pairEdgesByNode.keys()]);
  for (const node of nodes) {
    for (const edge of model.edgesOf(node, filter)) edges.set(edge.id, edge);
  }
  return [...edges.values()];
}

export function datasetCommunities(model: LinkModel, filter: LinkFilter): DatasetCommunity[] {
  const edges = allEdges(model, filter);
  const graph = tieGraph([], edges);
  const found = communities(graph);
  const weightOf = new Map<number, number>();
  for (const edge of edges) {
    const community = found.of.get(edge.source);
    if (community !== undefined && community === found.of.get(edge.target))
      weightOf.set(community, (weightOf.get(community) ?? 0) + edge.weight);
  }
  const list = found.members
    .map((members, index) => {
      const accounts = members.filter((node) => nodeKindOf(node) === 'account');
      return {
        number: 0,
        accounts,
        others: members.filter((node) => nodeKindOf(node) !== 'account'),
        alertedAccounts: accounts.filter((account) => model.alertsByAccount.has(account)).length,
        weight: weightOf.get(index) ?? 0,
      };
    })
    .filter((community) => community.accounts.length >= MIN_COMMUNITY_ACCOUNTS)
    .sort(
      (a, b) =>
        b.alertedAccounts - a.alertedAccounts ||
        b.weight - a.weight ||
        b.accounts.length - a.accounts.length,
    );
  list.forEach((community, index) => (community.number = index + 1));
  return list;
}
