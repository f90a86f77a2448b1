/**
 * What the drafting engine reads: everything a report states, gathered from the database by the
 * renderer (renderer/reports/evidence/) so the engine itself stays pure and runs under Node.
 */
import type { TriageDisposition } from '../triage/disposition';
import type {
  Account,
  AccountIdentifier,
  Alert,
  Broker,
  CorporateEvent,
  DetectionRule,
  Insider,
  Instrument,
  IsoDate,
  MarketBar,
  Region,
  Trade,
  Transfer,
  Typology,
} from '../dictionary/types';

export type ReportSeverity = 'low' | 'medium' | 'high' | 'critical';

export interface EvidenceDataset {
  id: string;
  title: string;
  version: number;
  manifestHash: string;
  generation: string;
  jurisdiction: string;
  period: { from: IsoDate; to: IsoDate };
  importedAt: string;
}

/** An alert with the dataset it came from; `key` is `<dataset>:<alert id>`. */
export interface EvidenceAlert extends Alert {
  key: string;
  dataset: string;
}

export interface EvidenceAnnotation {
  alertKey: string;
  disposition: TriageDisposition | null;
  severity: ReportSeverity | null;
  typology: Typology | null;
  note: string;
  author: string;
  updatedAt: string;
}

export interface EvidenceCase {
  id: string;
  title: string;
  status: string;
  owner: string;
  createdAt: string;
  accountIds: string[];
}

/** A snapshot the examiner added to the case (map, chart or graph PNG), with where it came from. */
export interface CollectedSnapshot {
  id: string;
  kind: 'map' | 'chart' | 'graph';
  title: string;
  /** PNG data URL. */
  image: string;
  /** The page it was taken on and the view's parameters (dataset, period, region, metric, seed…). */
  provenance: {
    view: string;
    dataset?: string;
    subjects?: string[];
    parameters?: Record<string, unknown>;
  };
  createdAt: string;
  createdBy: string;
}

export interface CaseEvidence {
  case: EvidenceCase;
  /** Snapshots collected into the case, oldest first; absent in evidence gathered before them. */
  snapshots?: CollectedSnapshot[];
  datasets: EvidenceDataset[];
  alerts: EvidenceAlert[];
  annotations: EvidenceAnnotation[];
  accounts: Account[];
  brokers: Broker[];
  regions: Region[];
  instruments: Instrument[];
  /** Trades of the case's accounts on the case's instruments within the case's period. */
  trades: Trade[];
  /** Transfers with a case account on either side. */
  transfers: Transfer[];
  /** Identifiers of the case's accounts. */
  identifiers: AccountIdentifier[];
  marketBars: MarketBar[];
  events: CorporateEvent[];
  insiders: Insider[];
  rules: DetectionRule[];
}

export interface JurisdictionCaseSummary {
  id: string;
  title: string;
  status: string;
  alertCount: number;
  updatedAt: string;
}

export interface JurisdictionEvidence {
  period: { label: string; from: IsoDate; to: IsoDate };
  datasets: EvidenceDataset[];
  regions: Region[];
  brokers: Broker[];
  /** Alerts created in the period, each with the region and broker of its first account. */
  alerts: (EvidenceAlert & { region: string | null; broker: string | null })[];
  annotations: EvidenceAnnotation[];
  /** Accounts in the jurisdiction, and per broker. */
  accountTotal: number;
  accountsByBroker: Record<string, number>;
  /** Accounts named by an alert that an analyst has disposed of, with their brokers. */
  reviewedAccounts: { id: string; broker: string }[];
  cases: JurisdictionCaseSummary[];
  /** Daily turnover per city in the period (region_metrics `turnover`). */
  turnoverByRegion: Record<string, number>;
}

/** The text line naming the dataset versions a figure was read from. */
export function sourceLines(datasets: readonly EvidenceDataset[]): string[] {
  return datasets.map(
    (dataset) => `${dataset.id} v${dataset.version} (manifest sha256 ${dataset.manifestHash})`,
  );
}
