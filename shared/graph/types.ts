/**
 * The related-account graph's vocabulary: node kinds, edge types and the filters that decide
 * which ties an examiner sees. Times are epoch milliseconds.
 */
import type { IdentifierKind } from '../dictionary/types';
import { IDENTIFIER_KINDS } from '../dictionary/tables';

/** Each identifier kind is its own edge type; then money, trading and insider ties. */
export const EDGE_TYPES = [
  ...IDENTIFIER_KINDS,
  'transfer',
  'counterparty',
  'co_trading',
  'insider',
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export function isIdentifierEdgeType(type: EdgeType): type is IdentifierKind {
  return (IDENTIFIER_KINDS as readonly string[]).includes(type);
}

/** Accounts; external money parties (`EXT:` tokens); corporate events that insiders relate to. */
export type NodeKind = 'account' | 'external' | 'event';

/** Event nodes carry this prefix so their ids never meet an account id. */
export const EVENT_NODE_PREFIX = 'event:';
export const EXTERNAL_PREFIX = 'EXT:';

export function nodeKindOf(id: string): NodeKind {
  if (id.startsWith(EXTERNAL_PREFIX)) return 'external';
  if (id.startsWith(EVENT_NODE_PREFIX)) return 'event';
  return 'account';
}

export interface GraphEdge {
  /** Stable: `<type>:<a>|<b>` with the two ends in sorted order. */
  id: string;
  type: EdgeType;
  /** For transfers the side that sent more; otherwise the smaller id. */
  source: string;
  target: string;
  /** Strength of the tie; identifiers shared by many accounts count for less. */
  weight: number;
  /** Shared values, transfers, trades, co-trading occasions or insider relations. */
  count: number;
  /** CNY moved (transfers) or traded (counterparty); null where it does not apply. */
  amount: number | null;
  /** When the tie first and last showed. */
  firstSeen: number;
  lastSeen: number;
  /** Identifier edges: accounts on the least-shared value behind the tie. */
  sharedBy?: number;
  /** Identifier edges: the value hashes behind the tie. */
  hashes?: string[];
  /** Transfers: money went both ways. */
  bothWays?: boolean;
  /** Insider edges: the relation to the event. */
  relation?: string;
}

/** Which ties count. Thresholds are the examiner's to change; the page shows them. */
export interface LinkFilter {
  types: readonly EdgeType[];
  /** An identifier or external party seen on more accounts than this is set aside. */
  maxSharedAccounts: number;
  /** Counterparty ties need at least this many trades between the two. */
  minCounterpartyTrades: number;
  /** Co-trading ties need at least this many occasions (instrument-days). */
  minCoTradingOccasions: number;
  /** Only ties active within this window (epoch ms), when given. */
  from?: number | null;
  to?: number | null;
}

export const DEFAULT_LINK_FILTER: LinkFilter = {
  types: EDGE_TYPES,
  maxSharedAccounts: 20,
  minCounterpartyTrades: 3,
  minCoTradingOccasions: 3,
  from: null,
  to: null,
};

/** Build-time options: co-trading is counted once per window size. */
export interface LinkModelOptions {
  /** Same instrument, same side, within this many minutes. */
  coTradingWindowMinutes: number;
}

export const DEFAULT_LINK_MODEL_OPTIONS: LinkModelOptions = { coTradingWindowMinutes: 10 };

/** An identifier value or external party left out because too many accounts share it. */
export interface SetAsideHub {
  kind: IdentifierKind | 'external';
  /** The value hash, or the external party token. */
  value: string;
  accounts: number;
}
