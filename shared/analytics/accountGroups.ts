/**
 * "Actually controlled" account groups (账户组): accounts joined by links strong enough to mean
 * one controller, as connected components of the link graph; a component too large to be one
 * controller's (a chain through households) is split into its Louvain communities.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import { CONTROL_KINDS, type LinkAttributes, type LinkGraph } from './links';

export interface AccountGroups {
  /** Per account: its group's number. */
  groupOf: Int32Array;
  /** Per group: its accounts (a single account for an unlinked one). */
  members: number[][];
}

export interface GroupingParams {
  /** A link joins two accounts into one group from this weight on (a device alone is 1). */
  minLinkWeight: number;
  /** Components larger than this are split into communities. */
  maxGroupSize: number;
}

export const DEFAULT_GROUPING: GroupingParams = { minLinkWeight: 1, maxGroupSize: 25 };

/** Accounts joined by links that pass `keep`, each component a group. */
export function groupAccounts(
  links: LinkGraph,
  accountCount: number,
  keep: (link: LinkAttributes) => boolean,
  params: GroupingParams,
): AccountGroups {
  const strong: LinkGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  links.forEachEdge((_edge, attributes, source, target) => {
    if (!keep(attributes)) return;
    strong.mergeNode(source);
    strong.mergeNode(target);
    strong.addUndirectedEdge(source, target, attributes);
  });
  const groupOf = new Int32Array(accountCount).fill(-1);
  const members: number[][] = [];
  const addGroup = (accounts: number[]) => {
    for (const account of accounts) groupOf[account] = members.length;
    members.push(accounts);
  };
  for (const component of connectedComponents(strong)) {
    if (component.length <= params.maxGroupSize) {
      addGroup(component.map(Number));
      continue;
    }
    const part: LinkGraph = new Graph({ type: 'undirected' });
    for (const node of component) part.addNode(node);
    for (const node of component) {
      strong.forEachEdge(node, (_edge, attributes, source, target) => {
        if (source === node && !part.hasEdge(source, target))
          part.addUndirectedEdge(source, target, attributes);
      });
    }
    const communities = louvain(part, {
      getEdgeWeight: 'weight',
      rng: seededRandom(component.length),
    });
    const byCommunity = new Map<number, number[]>();
    for (const node of component) {
      const community = communities[node]!;
      const list = byCommunity.get(community);
      if (list) list.push(Number(node));
      else byCommunity.set(community, [Number(node)]);
    }
    for (const accounts of byCommunity.values()) addGroup(accounts);
  }
  for (let account = 0; account < accountCount; account++)
    if (groupOf[account] === -1) addGroup([account]);
  return { groupOf, members };
}

/** The broad groups (账户组): any links adding up to `minLinkWeight`. */
export function controlledGroups(
  links: LinkGraph,
  accountCount: number,
  params: GroupingParams = DEFAULT_GROUPING,
): AccountGroups {
  return groupAccounts(links, accountCount, (link) => link.weight >= params.minLinkWeight, params);
}

/** Narrow groups: accounts that share a device, MAC, phone, card or e-mail directly. */
export function sameControllerGroups(
  links: LinkGraph,
  accountCount: number,
  params: GroupingParams = DEFAULT_GROUPING,
): AccountGroups {
  return groupAccounts(
    links,
    accountCount,
    (link) => link.kinds.some((kind) => CONTROL_KINDS.has(kind)),
    params,
  );
}

/** Louvain's moves are randomised: a fixed seed keeps the groups the same run to run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}
