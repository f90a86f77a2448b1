/**
 * Row types of `sandbox-dictionary/1` (sandbox spec §3), one interface per table. Column names
 * are the dictionary's own (snake_case), so parsed NDJSON rows need no renaming. Optional
 * columns may be absent or `null`, which mean the same.
 */
import type {
  ACCOUNT_KINDS,
  ACCOUNT_STATUSES,
  EVENT_TYPES,
  EXCHANGES,
  IDENTIFIER_KINDS,
  INSIDER_RELATIONS,
  ORDER_STATUSES,
  ORDER_TYPES,
  REGION_LEVELS,
  RISK_LEVELS,
  SIDES,
  TRANSFER_CHANNELS,
  TYPOLOGIES,
  TombstonedTableName,
} from './tables';

export type Typology = (typeof TYPOLOGIES)[number];
export type RegionLevel = (typeof REGION_LEVELS)[number];
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
export type RiskLevel = (typeof RISK_LEVELS)[number];
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];
export type Exchange = (typeof EXCHANGES)[number];
export type Side = (typeof SIDES)[number];
export type OrderType = (typeof ORDER_TYPES)[number];
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type TransferChannel = (typeof TRANSFER_CHANNELS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type InsiderRelation = (typeof INSIDER_RELATIONS)[number];

/** ISO 8601 with offset, e.g. `2026-09-01T09:30:01.250+08:00`. */
export type Timestamp = string;
/** `YYYY-MM-DD`. */
export type IsoDate = string;
/** A 6-digit GB/T 2260 administrative division code. */
export type RegionCode = string;
/** `[longitude, latitude]`, WGS 84. */
export type LngLat = [longitude: number, latitude: number];

/** A GeoJSON position: longitude, latitude and, rarely, altitude. */
export type Position = [longitude: number, latitude: number, ...rest: number[]];
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Position[][];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface Region {
  code: RegionCode;
  name: string;
  level: RegionLevel;
  parent?: RegionCode | null;
  centroid: LngLat;
}

export interface RegionShape {
  code: RegionCode;
  geometry: PolygonGeometry | MultiPolygonGeometry;
}

export interface Broker {
  id: string;
  name: string;
  region: RegionCode;
}

export interface Branch {
  id: string;
  broker: string;
  name: string;
  region: RegionCode;
  location?: LngLat | null;
}

export interface Account {
  id: string;
  broker: string;
  branch: string;
  region: RegionCode;
  kind: AccountKind;
  opened: IsoDate;
  risk_level: RiskLevel;
  /** Masked by the sandbox, e.g. `张*`. */
  holder_masked: string;
  id_number_masked?: string | null;
  phone_masked?: string | null;
  status: AccountStatus;
}

/** A device, address or other identifier seen on an account; shared hashes link accounts. */
export interface AccountIdentifier {
  account: string;
  kind: IdentifierKind;
  value_hash: string;
  first_seen: Timestamp;
  last_seen: Timestamp;
}

export interface Instrument {
  /** e.g. `600519.SH`. */
  code: string;
  name: string;
  exchange: Exchange;
  board: string;
  sector: string;
}

/** One daily bar of one instrument. */
export interface MarketBar {
  instrument: string;
  date: IsoDate;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  turnover: number;
}

export interface Order {
  id: string;
  account: string;
  instrument: string;
  ts: Timestamp;
  side: Side;
  price: number;
  qty: number;
  type: OrderType;
  status: OrderStatus;
  filled_qty: number;
  cancel_ts?: Timestamp | null;
}

export interface Trade {
  id: string;
  order: string;
  account: string;
  /** The account on the other side, when it is inside the sandbox. */
  counterparty?: string | null;
  instrument: string;
  ts: Timestamp;
  side: Side;
  price: number;
  qty: number;
}

export interface Transfer {
  id: string;
  /** An account id, or an external party token starting `EXT:`. */
  from: string;
  /** An account id, or an external party token starting `EXT:`. */
  to: string;
  amount: number;
  ts: Timestamp;
  channel: TransferChannel;
}

/** A price-sensitive corporate event (the `events` table). */
export interface CorporateEvent {
  id: string;
  instrument: string;
  type: EventType;
  title: string;
  public_ts: Timestamp;
  /** When the inside information arose. */
  sensitive_from: Timestamp;
}

export interface Insider {
  event: string;
  account: string;
  relation: InsiderRelation;
}

export interface AlertFeature {
  name: string;
  value: JsonValue;
  contribution: number;
}

export interface TimeWindow {
  from: Timestamp;
  to: Timestamp;
}

export interface Alert {
  id: string;
  typology: Typology;
  /** 0…1. */
  score: number;
  created: Timestamp;
  accounts: string[];
  instruments: string[];
  window: TimeWindow;
  model: string;
  rule?: string | null;
  features: AlertFeature[];
  summary: string;
}

/** A detection rule (the `rules` table). */
export interface DetectionRule {
  id: string;
  typology: Typology;
  title: string;
  description: string;
  params: { [name: string]: JsonValue };
}

/** A decided enforcement case, for precedent. */
export interface ViolationCase {
  id: string;
  typology: Typology;
  decided: IsoDate;
  region: RegionCode;
  summary: string;
  /** CNY. */
  penalty?: number | null;
  accounts?: string[] | null;
}

export interface RegionMetric {
  region: RegionCode;
  date: IsoDate;
  metric: string;
  value: number;
}

/** Deltas only: deletes the row of `table` whose primary key joins to `id`. */
export interface Tombstone {
  table: TombstonedTableName;
  id: string;
}

/** The row type of each dictionary table, by table name. */
export interface DictionaryRows {
  regions: Region;
  region_shapes: RegionShape;
  brokers: Broker;
  branches: Branch;
  accounts: Account;
  identifiers: AccountIdentifier;
  instruments: Instrument;
  market_bars: MarketBar;
  orders: Order;
  trades: Trade;
  transfers: Transfer;
  events: CorporateEvent;
  insiders: Insider;
  alerts: Alert;
  rules: DetectionRule;
  violation_cases: ViolationCase;
  region_metrics: RegionMetric;
  tombstones: Tombstone;
}
