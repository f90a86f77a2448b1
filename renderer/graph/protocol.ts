/** Messages between the Graph page and its worker: one request, one answer, matched by id. */
import type {
  Account,
  IdentifierKind,
  RiskLevel,
  Trade,
  Transfer,
} from '../../shared/dictionary/types';
import type { Centrality, PathResult } from '../../shared/graph/algorithms';
import type { DatasetCommunity } from '../../shared/graph/datasetCommunities';
import type { LinkModelSummary } from '../../shared/graph/linkModel';
import type { GraphEdge, LinkFilter, NodeKind, SetAsideHub } from '../../shared/graph/types';

/** A node as the page draws it. */
export interface NodeView {
  id: string;
  kind: NodeKind;
  /** Short text under the node: the account id, the event id, the external party masked. */
  label: string;
  risk: RiskLevel | null;
  accountKind: Account['kind'] | null;
  status: Account['status'] | null;
  alertIds: string[];
  /** Highest alert score, or null when no alert names the account. */
  alertScore: number | null;
}

/** Where the examiner opened the graph from. */
export type SeedSource =
  | { by: 'alert'; alertId: string }
  | { by: 'account'; account: string }
  | { by: 'identifier'; kind: string; hash: string }
  | { by: 'community'; number: number; filter: LinkFilter }
  /** What the examiner typed: an alert id, an account id, or `<kind>:<hash>`. */
  | { by: 'search'; text: string };

export interface LayoutNode {
  id: string;
  /** Pinned nodes keep their place. */
  fixed?: { x: number; y: number };
}

export interface AccountDetails {
  account: Account | null;
  identifiers: {
    kind: IdentifierKind;
    hash: string;
    sharedBy: number;
    firstSeen: number;
    lastSeen: number;
  }[];
  transfers: Transfer[];
  transferCount: number;
  trades: Trade[];
  tradeCount: number;
  alerts: { id: string; typology: string; score: number }[];
}

export interface Analysis {
  communityOf: Record<string, number>;
  communityCount: number;
  centrality: Centrality['measure'];
  centralityOf: Record<string, number>;
  components: number;
}

export interface RequestMap {
  open: {
    request: { generation: string; coTradingWindowMinutes: number };
    answer: { summary: LinkModelSummary; buildMs: number; cached: boolean };
  };
  seeds: {
    request: { generation: string; source: SeedSource };
    answer: { nodes: NodeView[]; missing: boolean };
  };
  expand: {
    request: { generation: string; visible: string[]; expand: string[]; filter: LinkFilter };
    answer: { added: NodeView[] };
  };
  edges: {
    request: { generation: string; nodes: string[]; filter: LinkFilter };
    answer: { edges: GraphEdge[]; hubs: SetAsideHub[] };
  };
  details: { request: { generation: string; node: string }; answer: AccountDetails };
  layout: {
    request: { nodes: LayoutNode[]; edges: { source: string; target: string }[] };
    answer: { positions: Record<string, { x: number; y: number }>; ms: number };
  };
  analyse: {
    request: { nodes: string[]; edges: GraphEdge[] };
    answer: Analysis;
  };
  path: {
    request: { nodes: string[]; edges: GraphEdge[]; from: string; to: string };
    answer: PathResult | null;
  };
  communities: {
    request: { generation: string; filter: LinkFilter };
    answer: DatasetCommunity[];
  };
}

export type RequestType = keyof RequestMap;

export interface WorkerRequest<T extends RequestType = RequestType> {
  id: number;
  type: T;
  request: RequestMap[T]['request'];
}

export type WorkerAnswer =
  { id: number; ok: true; answer: unknown } | { id: number; ok: false; message: string };
