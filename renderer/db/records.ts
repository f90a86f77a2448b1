/**
 * What each table of the workstation database stores. Dictionary rows are the sandbox's rows
 * plus the dataset they came from; the rest is the workstation's own state. Times are UTC
 * ISO 8601 strings from `Date#toISOString()`, which sort correctly as text.
 */
import type { PrimaryKeyColumns, TombstonedTableName } from '../../shared/dictionary/tables';
import type { DictionaryRows, IsoDate, Timestamp, Typology } from '../../shared/dictionary/types';
import type { KeyProtection, Language } from '../../shared/host/hostApi';
import type { ColumnarChunk } from '../../shared/importer/columnar';
import type { ChunkedTableName } from '../../shared/importer/layouts';
import type { LabelStatus, TriageDisposition } from '../../shared/triage/disposition';
import type { AlertStatus } from '../../shared/triage/lifecycle';
import type { PostingsPart } from '../../shared/importer/postings';
import type { RiskModelState } from '../../shared/analytics/learning/riskModel';

/** Dictionary tables that had a row store in schema version 1; tombstones are applied, never stored. */
export type StoredDictionaryTableName = TombstonedTableName;

/** Dictionary tables kept one record per row since version 2; bulk tables live in `chunks`. */
export type RowStoreTableName = Exclude<TombstonedTableName, ChunkedTableName>;

/**
 * A dictionary row as stored, tagged so datasets never collide. Since version 2 the tag is the
 * generation key (`<dataset>#<version>`, shared/importer/generation.ts), not the bare dataset id.
 */
export type DictionaryRecord<T extends StoredDictionaryTableName> = DictionaryRows[T] & {
  dataset: string;
};

/** Rows of a bulk table in columnar form, one record per chunk of up to 4,096 rows. */
export interface ChunkRecord extends ColumnarChunk {
  generation: string;
}

/** One bucket (one part of it) of a bulk table's account → chunk seqs map. */
export interface AccountPostingsRecord extends PostingsPart {
  generation: string;
  table: ChunkedTableName;
}

/** Rows per dictionary table (tombstones applied, for a delta). */
export type RowCounts = Partial<Record<StoredDictionaryTableName | 'tombstones', number>>;

/** Primary key of a dictionary store: the dataset id, then the dictionary's key columns. */
export type DictionaryRecordKey<T extends StoredDictionaryTableName> = [
  dataset: string,
  ...KeyValues<PrimaryKeyColumns<T>>,
];
type KeyValues<Columns extends readonly string[]> = { -readonly [I in keyof Columns]: string };

export type PackageKind = 'full' | 'delta';

/** `manifest.scope` of the package last imported. */
export interface DatasetScope {
  /** Region code of the supervising jurisdiction. */
  jurisdiction: string;
  brokers: string[];
  period: { from: IsoDate; to: IsoDate };
}

/** A repository the user added, with the publisher key pinned for it. */
export interface SourceRecord {
  id: string;
  kind: 'http' | 'folder' | 'bundled';
  /** The base URL for `http`; the host's folder grant id for `folder`; empty for `bundled`. */
  location: string;
  title: string;
  /** Ed25519 SubjectPublicKeyInfo, PEM. */
  publisherKeyPem: string;
  /** Lowercase hex SHA-256 of the raw 32-byte public key. */
  fingerprint: string;
  addedAt: string;
  /**
   * `generated` of the newest signed catalog read from this source, as signed; an older one is
   * refused (a rollback or freeze). Absent until the first catalog is read. Not indexed, so
   * adding it needed no schema version.
   */
  newestCatalogGenerated?: string;
}

/** A dataset with a committed import; written in the transaction that commits it. */
export interface DatasetRecord {
  /** The sandbox's dataset id, e.g. `gd-2026q3`. */
  id: string;
  sourceId: string;
  title: string;
  currentVersion: number;
  /** Kind of the package that produced `currentVersion`. */
  kind: PackageKind;
  importedAt: string;
  /** Retention deadline from the manifest: the dataset's rows are purged after it. */
  expires: Timestamp;
  scope: DatasetScope;
  /** Hex SHA-256 of the current version's manifest.json. */
  manifestHash: string;
  /** The generation whose rows readers use: flipping it is what commits an import. */
  generation: string;
  /** Rows the current generation holds, per table. */
  rowCounts: RowCounts;
}

export interface DatasetVersionRecord {
  dataset: string;
  version: number;
  manifestSha256: string;
  kind: PackageKind;
  /** The version a delta applies on top of; null for a full package. */
  base: number | null;
  importedAt: string;
  /** Rows this version brought, per table. */
  rowCounts: RowCounts;
  /** The generation the version's rows went into. */
  generation?: string;
  /** When retention purged the dataset's rows; the version stays on record. */
  purgedAt?: string | null;
}

export type ImportState = 'started' | 'committed' | 'failed';

/** Commit marker of one package import: a `started` marker left behind means the import was cut off. */
export interface ImportRecord {
  id: number;
  dataset: string;
  version: number;
  state: ImportState;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  /** The generation being written (a full import's new one, or a delta's target). */
  generation?: string;
  /** Where a delta stages its rows until it commits; null for a full import. */
  staging?: string | null;
  kind?: PackageKind;
  sourceId?: string;
}

export type Severity = 'low' | 'medium' | 'high' | 'critical';
export type AnnotationStatus = 'draft' | 'final';

/** An analyst's disposition of one alert; it outlives the dataset's retention purge. */
export interface AnnotationRecord {
  id: string;
  /** Dataset of the alert: alert ids are unique only within a dataset. */
  dataset: string;
  alertId: string;
  /** `duplicate` stays on the workstation; the other three may leave in a feedback package. */
  disposition: TriageDisposition | null;
  reasonCode: string | null;
  typology: Typology | null;
  severity: Severity | null;
  tags: string[];
  /** Leaves the workstation only when the user ticks it into a feedback package. */
  note: string;
  author: string;
  updatedAt: string;
  status: AnnotationStatus;
}

export type CaseStatus = 'open' | 'in_review' | 'closed';

export interface CaseRecord {
  id: string;
  title: string;
  status: CaseStatus;
  owner: string;
  createdAt: string;
  updatedAt: string;
  /** `<dataset>:<alertId>` of each alert in the case. */
  alertIds: string[];
  accountIds: string[];
  /** What the case is about, in the owner's words (added in version 3; absent before). */
  description?: string;
}

export type ReportKind = 'case' | 'thematic' | 'periodic';
export type ReportStatus = 'draft' | 'final';

export interface ReportRecord {
  id: string;
  /** Null for a report that is not about one case. */
  caseId: string | null;
  kind: ReportKind;
  title: string;
  status: ReportStatus;
  updatedAt: string;
}

/** A saved version of a report; a final version is never changed again. */
export interface ReportVersionRecord {
  reportId: string;
  version: number;
  createdAt: string;
  author: string;
  /** The report document as saved (self-contained HTML). */
  body: string;
  /** Hex SHA-256 of `body`. */
  hash: string;
  final: boolean;
}

/** An append-only audit entry; `hash` chains it to the entry before, so edits show. */
export interface AuditRecord {
  seq: number;
  ts: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  /** The changed value before and after (JSON); secrets and unmasked personal data never go here. */
  before?: unknown;
  after?: unknown;
  detail?: string | null;
  hash: string;
}

export type LanguageSetting = 'system' | Language;
export type ThemeSetting = 'system' | 'light' | 'dark';

/** Every setting with its value type; settings.ts holds the defaults and checks. */
export interface SettingsMap {
  language: LanguageSetting;
  theme: ThemeSetting;
  /** Minutes without input before the workstation locks. */
  idleLockMinutes: number;
  /** The last audit entry whose recovery notice (interrupted import, purge) the user dismissed. */
  recoveryNoticeSeenSeq: number;
}
export type SettingKey = keyof SettingsMap;
export type SettingRecord = { [K in SettingKey]: { key: K; value: SettingsMap[K] } }[SettingKey];

/** The recipient identity (age X25519) that decrypts packages, or the key that signs feedback. */
export type KeyKind = 'age-x25519' | 'ed25519';

export interface KeyRecord {
  name: string;
  kind: KeyKind;
  /** `age1…` for a recipient; PEM SubjectPublicKeyInfo for a signing key. */
  publicPart: string;
  /** What the user called an identity the bureau issued; absent on the workstation's own keys. */
  label?: string;
  protection: KeyProtection;
  /** The secret, sealed by the OS keystore or wrapped with the user's passphrase. */
  sealed: Uint8Array;
  createdAt: string;
}

export type UserRole = 'examiner' | 'compliance_officer';

export interface UserRecord {
  id: string;
  name: string;
  role: UserRole;
  createdAt: string;
}

/** The workflow of one alert, keyed by the bare dataset id so it outlives a dataset version. */
export interface AlertStateRecord {
  dataset: string;
  alertId: string;
  status: AlertStatus;
  /** User id of the examiner working the alert. */
  assignee: string | null;
  snoozedUntil: string | null;
  /** The reason given for the last status change. */
  statusReason: string | null;
  labelStatus: LabelStatus;
  labelledBy: string | null;
  labelConfirmedBy: string | null;
  updatedAt: string;
  updatedBy: string;
}

/** Set on a local record that raises the sandbox alert of the same id (shared/analytics/dedup.ts). */
export interface RaiseMarker {
  /** The sandbox alert's own score, before the local detections raised it. */
  sandboxScore: number;
  /** Ids of the local alerts folded into it. */
  localIds: string[];
}

/**
 * A local detector's alert in the dictionary's form; `dataset` is the generation it ran on. With
 * `raises`, it is a sandbox alert raised by local detections: it stands in for the imported row
 * (which is never changed) with the higher score and the local features (`local:` names).
 */
export type LocalAlertRecord = DictionaryRows['alerts'] & { dataset: string; raises?: RaiseMarker };

export type EvidenceKind = 'map' | 'chart' | 'graph' | 'rows';

/** Where a piece of evidence came from, so a report can say it. */
export interface EvidenceProvenance {
  /** The page or view that produced it, e.g. `overview`, `alert-detail`. */
  view: string;
  dataset?: string;
  /** Alert, account or instrument keys the evidence is about. */
  subjects?: string[];
  /** Filters or parameters in force when it was taken. */
  parameters?: Record<string, unknown>;
}

export interface EvidenceRecord {
  id: string;
  caseId: string;
  kind: EvidenceKind;
  title: string;
  /** A PNG data URL for map, chart and graph snapshots. */
  image?: string;
  /** Column names and rows for a row selection. */
  columns?: string[];
  rows?: (string | number | null)[][];
  provenance: EvidenceProvenance;
  createdAt: string;
  createdBy: string;
}

/** A user's named queue filter and sort, stored as the queue's own JSON. */
export interface SavedViewRecord {
  id: string;
  owner: string;
  name: string;
  /** `QueueFilter` and `QuerySort` of shared/triage/queueIndex.ts. */
  filter: Record<string, unknown>;
  sort: { key: string; descending: boolean };
  createdAt: string;
}

export type ReviewRequestStatus = 'pending' | 'approved' | 'rejected';

/** A four-eyes request: the change waits until a second user approves it. */
export interface ReviewRequestRecord {
  id: string;
  dataset: string;
  alertId: string;
  /** The lifecycle action waiting, e.g. `escalate`. */
  action: string;
  reason: string;
  requestedBy: string;
  createdAt: string;
  status: ReviewRequestStatus;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** Text autosaved while the user types, until it is saved for real. */
export interface DraftRecord {
  /** What the draft is of, e.g. `annotation:<dataset>:<alertId>:<userId>`. */
  key: string;
  value: Record<string, unknown>;
  updatedAt: string;
}

/**
 * The workstation's trained risk model (shared/analytics/learning/riskModel.ts) and what it was
 * trained on: `fingerprint` names the queue's generations and the confirmed labels, so the
 * model is reused while they stay the same.
 */
export interface RiskModelRecord {
  /** `local`: one model per workstation. */
  id: string;
  fingerprint: string;
  /** `RiskModelState`, stored as the plain JSON it is. */
  state: RiskModelState;
  trainedAt: string;
  /** How long the training took, ms. */
  trainingMs: number;
}
