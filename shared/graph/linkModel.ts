/**
 * The link model of one dataset: who shares which identifier, who paid whom, who traded with
 * whom or alongside whom, and who is an insider of which event. Identifier ties are kept as
 * groups and turned into edges when asked, so a value shared by a whole campus never becomes a
 * clique in memory; pair ties (money, trades, insiders) are kept as edges.
 */
import type { Account, Alert, CorporateEvent, IdentifierKind } from '../dictionary/types';
import type { EdgeType, GraphEdge, LinkFilter, NodeKind, SetAsideHub } from './types';
import { EVENT_NODE_PREFIX, nodeKindOf } from './types';

/** How much one shared value of each kind says about common control. */
export const IDENTIFIER_WEIGHTS: Readonly<Record<IdentifierKind, number>> = {
  device: 3,
  mac: 3,
  bank_card: 3,
  phone: 2.5,
  email: 2,
  address: 1.5,
  ip: 1,
};

export interface IdentifierMember {
  account: string;
  firstSeen: number;
  lastSeen: number;
}

export interface IdentifierGroup {
  kind: IdentifierKind;
  hash: string;
  members: IdentifierMember[];
}

export interface LinkModelSummary {
  accounts: number;
  externalParties: number;
  events: number;
  identifierValues: number;
  sharedIdentifierValues: number;
  pairEdges: Partial<Record<EdgeType, number>>;
  /** Earliest and latest time of any tie, for the timeline. */
  from: number;
  to: number;
  coTradingWindowMinutes: number;
}

export interface GraphNodeInfo {
  id: string;
  kind: NodeKind;
  /** Accounts: the sandbox's row; events: the event. */
  account?: Account;
  event?: CorporateEvent;
  /** Alerts naming the account, highest score first. */
  alerts: { id: string; typology: string; score: number }[];
}

export function edgeIdOf(type: EdgeType, a: string, b: string): string {
  return a < b ? `${type}:${a}|${b}` : `${type}:${b}|${a}`;
}

export class LinkModel {
  readonly accounts = new Map<string, Account>();
  readonly events = new Map<string, CorporateEvent>();
  readonly alerts = new Map<string, Alert>();
  readonly alertsByAccount = new Map<string, string[]>();
  /** Kind → value hash → the accounts on it (no joined key strings: there are millions). */
  readonly identifierGroups = new Map<string, Map<string, IdentifierGroup>>();
  readonly groupsByAccount = new Map<string, IdentifierGroup[]>();
  /** Money, trading and insider ties. */
  readonly pairEdges: GraphEdge[] = [];
  readonly pairEdgesByNode = new Map<string, GraphEdge[]>();
  /** Accounts each external party exchanged money with. */
  readonly externalDegree = new Map<string, number>();
  coTradingWindowMinutes = 10;

  addPairEdge(edge: GraphEdge): void {
    this.pairEdges.push(edge);
    for (const end of [edge.source, edge.target]) {
      let list = this.pairEdgesByNode.get(end);
      if (!list) this.pairEdgesByNode.set(end, (list = []));
      list.push(edge);
    }
  }

  hasNode(id: string): boolean {
    return this.accounts.has(id) || this.pairEdgesByNode.has(id);
  }

  nodeInfo(id: string): GraphNodeInfo {
    const kind = nodeKindOf(id);
    const alerts = (this.alertsByAccount.get(id) ?? [])
      .map((alertId) => this.alerts.get(alertId))
      .filter((alert): alert is Alert => alert !== undefined)
      .map((alert) => ({ id: alert.id, typology: alert.typology, score: alert.score }))
      .sort((a, b) => b.score - a.score);
    const info: GraphNodeInfo = { id, kind, alerts };
    const account = this.accounts.get(id);
    if (account) info.account = account;
    const event =
      kind === 'event' ? this.events.get(id.slice(EVENT_NODE_PREFIX.length)) : undefined;
    if (event) info.event = event;
    return info;
  }

  /** Every tie of `node` that the filter lets through. */
  edgesOf(node: string, filter: LinkFilter): GraphEdge[] {
    const types = new Set(filter.types);
    const edges: GraphEdge[] = [];
    const byId = new Map<string, GraphEdge>();
    for (const group of this.groupsByAccount.get(node) ?? []) {
      if (!types.has(group.kind) || group.members.length > filter.maxSharedAccounts) continue;
      const mine = group.members.find((member) => member.account === node);
      for (const other of group.members) {
        if (other.account === node || mine === undefined) continue;
        const firstSeen = Math.max(mine.firstSeen, other.firstSeen);
        const lastSeen = Math.min(mine.lastSeen, other.lastSeen);
        const id = edgeIdOf(group.kind, node, other.account);
        const weight = IDENTIFIER_WEIGHTS[group.kind] / (group.members.length - 1);
        const existing = byId.get(id);
        if (existing) {
          existing.count++;
          existing.weight += weight;
          existing.sharedBy = Math.min(existing.sharedBy ?? Infinity, group.members.length);
          existing.hashes?.push(group.hash);
          existing.firstSeen = Math.min(existing.firstSeen, firstSeen);
          existing.lastSeen = Math.max(existing.lastSeen, lastSeen);
          continue;
        }
        const [source, target] =
          node < other.account ? [node, other.account] : [other.account, node];
        const edge: GraphEdge = {
          id,
          type: group.kind,
          source,
          target,
          weight,
          count: 1,
          amount: null,
          firstSeen,
          lastSeen: Math.max(firstSeen, lastSeen),
          sharedBy: group.members.length,
          hashes: [group.hash],
        };
        byId.set(id, edge);
      }
    }
    for (const edge of byId.values()) if (inWindow(edge, filter)) edges.push(edge);
    for (const edge of this.pairEdgesByNode.get(node) ?? []) {
      if (types.has(edge.type) && this.pairEdgePasses(edge, filter)) edges.push(edge);
    }
    return edges;
  }

  private pairEdgePasses(edge: GraphEdge, filter: LinkFilter): boolean {
    if (!inWindow(edge, filter)) return false;
    if (edge.type === 'counterparty') return edge.count >= filter.minCounterpartyTrades;
    if (edge.type === 'co_trading') return edge.count >= filter.minCoTradingOccasions;
    if (edge.type === 'transfer') {
      // An external party ties accounts only when it reaches several, and not too many.
      for (const end of [edge.source, edge.target]) {
        if (nodeKindOf(end) !== 'external') continue;
        const degree = this.externalDegree.get(end) ?? 0;
        if (degree < 2 || degree > filter.maxSharedAccounts) return false;
      }
    }
    return true;
  }

  /**
   * Identifier values and external parties that the filter sets aside, most shared first; with
   * `near`, only those touching these nodes (looked up through them, not by a scan of all).
   */
  setAsideHubs(filter: LinkFilter, near?: ReadonlySet<string>): SetAsideHub[] {
    const types = new Set(filter.types);
    const groups = near
      ? new Set([...near].flatMap((node) => this.groupsByAccount.get(node) ?? []))
      : this.allIdentifierGroups();
    const parties = near
      ? new Set(
          [...near].flatMap((node) =>
            (this.pairEdgesByNode.get(node) ?? []).flatMap((edge) => [edge.source, edge.target]),
          ),
        )
      : this.externalDegree.keys();
    const hubs: SetAsideHub[] = [];
    for (const group of groups) {
      if (group.members.length <= filter.maxSharedAccounts || !types.has(group.kind)) continue;
      hubs.push({ kind: group.kind, value: group.hash, accounts: group.members.length });
    }
    if (types.has('transfer')) {
      for (const party of parties) {
        const degree = this.externalDegree.get(party) ?? 0;
        if (degree > filter.maxSharedAccounts)
          hubs.push({ kind: 'external', value: party, accounts: degree });
      }
    }
    return hubs.sort((a, b) => b.accounts - a.accounts || (a.value < b.value ? -1 : 1));
  }

  *allIdentifierGroups(): Iterable<IdentifierGroup> {
    for (const byHash of this.identifierGroups.values()) yield* byHash.values();
  }

  /** Accounts on one identifier value, whatever the threshold (opening the graph from a hash). */
  accountsWithIdentifier(kind: string, hash: string): string[] {
    return (this.identifierGroups.get(kind)?.get(hash)?.members ?? []).map(
      (member) => member.account,
    );
  }

  summary(): LinkModelSummary {
    let from = Infinity;
    let to = -Infinity;
    const pairEdges: Partial<Record<EdgeType, number>> = {};
    for (const edge of this.pairEdges) {
      pairEdges[edge.type] = (pairEdges[edge.type] ?? 0) + 1;
      from = Math.min(from, edge.firstSeen);
      to = Math.max(to, edge.lastSeen);
    }
    let shared = 0;
    let values = 0;
    for (const group of this.allIdentifierGroups()) {
      values++;
      if (group.members.length < 2) continue;
      shared++;
      for (const member of group.members) {
        from = Math.min(from, member.firstSeen);
        to = Math.max(to, member.lastSeen);
      }
    }
    return {
      accounts: this.accounts.size,
      externalParties: this.externalDegree.size,
      events: this.events.size,
      identifierValues: values,
      sharedIdentifierValues: shared,
      pairEdges,
      from: Number.isFinite(from) ? from : 0,
      to: Number.isFinite(to) ? to : 0,
      coTradingWindowMinutes: this.coTradingWindowMinutes,
    };
  }
}

function inWindow(edge: GraphEdge, filter: LinkFilter): boolean {
  if (filter.from !== null && filter.from !== undefined && edge.lastSeen < filter.from)
    return false;
  if (filter.to !== null && filter.to !== undefined && edge.firstSeen > filter.to) return false;
  return true;
}
