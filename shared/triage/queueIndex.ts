/**
 * The alert queue as compact columns: one typed array per sortable or filterable field and
 * dictionary-coded strings, so filtering and sorting 100,000 alerts touches no objects and the
 * result is just an array of row numbers. Rows change in place when an alert is triaged.
 */
import { TYPOLOGIES } from '../dictionary/tables';
import type { Typology } from '../dictionary/types';
import type { LabelStatus, TriageDisposition } from './disposition';
import { TRIAGE_DISPOSITIONS } from './disposition';
import type { AlertStatus, TriageSeverity } from './lifecycle';
import { ALERT_STATUSES, SEVERITIES } from './lifecycle';

/** `raised`: a sandbox alert that local detections matched and raised (shared/analytics/dedup.ts). */
export type AlertSource = 'sandbox' | 'local' | 'raised';

/** One alert as the queue lists it: the sandbox's fields plus the workstation's workflow. */
export interface QueueRow {
  /** `<dataset>:<alertId>`, the key of deep links and workflow records. */
  key: string;
  dataset: string;
  id: string;
  source: AlertSource;
  typology: Typology;
  score: number;
  /** Epoch milliseconds of `created`. */
  created: number;
  summary: string;
  accounts: readonly string[];
  instruments: readonly string[];
  /** Region and broker of the alert's first account, '' when unknown. */
  region: string;
  broker: string;
  status: AlertStatus;
  assignee: string | null;
  disposition: TriageDisposition | null;
  severity: TriageSeverity | null;
  labelStatus: LabelStatus;
  tags: readonly string[];
  /** Epoch milliseconds until which the alert is snoozed; NaN when it is not. */
  snoozedUntil: number;
}

export type RowPatch = Partial<
  Pick<
    QueueRow,
    'status' | 'assignee' | 'disposition' | 'severity' | 'labelStatus' | 'tags' | 'snoozedUntil'
  >
>;

/** Every filter is optional; an empty list means "any". */
export interface QueueFilter {
  typologies?: readonly Typology[];
  statuses?: readonly AlertStatus[];
  minScore?: number;
  maxScore?: number;
  regions?: readonly string[];
  brokers?: readonly string[];
  /** An instrument code the alert names. */
  instrument?: string;
  /** Epoch-ms bounds of `created`, inclusive. */
  from?: number;
  to?: number;
  /** A user id, or '' for unassigned alerts. */
  assignee?: string;
  /** A disposition, `awaiting` (label waiting for confirmation) or `unlabelled`. */
  label?: TriageDisposition | 'awaiting' | 'unlabelled';
  tag?: string;
  source?: AlertSource;
  /** Words that must all occur in the summary, id, accounts or instruments (case-insensitive). */
  text?: string;
  /** Snoozed alerts are left out unless asked for. */
  includeSnoozed?: boolean;
}

export const SORT_KEYS = [
  'risk',
  'score',
  'created',
  'typology',
  'status',
  'region',
  'broker',
  'assignee',
  'id',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface QuerySort {
  key: SortKey;
  descending: boolean;
}

export interface QueueQuery {
  filter: QueueFilter;
  sort: QuerySort;
  /** Epoch ms "now" for snoozes. */
  now: number;
}

export interface QueueResult {
  /** Row numbers in display order. */
  rows: Uint32Array;
  /** Alerts per status that pass every filter but the status filter. */
  statusCounts: Record<AlertStatus, number>;
}

/** Maps strings to small integer codes, and codes to a rank in text order for sorting. */
class StringCodes {
  readonly values: string[] = [''];
  private readonly codes = new Map<string, number>([['', 0]]);
  private ranks: Uint32Array | null = null;

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
      this.ranks = null;
    }
    return code;
  }

  find(value: string): number | undefined {
    return this.codes.get(value);
  }

  rank(code: number): number {
    if (!this.ranks) {
      const order = this.values.map((_, index) => index);
      order.sort((a, b) => compareText(this.values[a] ?? '', this.values[b] ?? ''));
      this.ranks = new Uint32Array(order.length);
      order.forEach((code, rank) => {
        (this.ranks as Uint32Array)[code] = rank;
      });
    }
    return this.ranks[code] ?? 0;
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const TYPOLOGY_CODE = new Map(TYPOLOGIES.map((typology, index) => [typology, index]));
const STATUS_CODE = new Map(ALERT_STATUSES.map((status, index) => [status, index]));
const DISPOSITION_CODE = new Map(TRIAGE_DISPOSITIONS.map((value, index) => [value, index + 1]));
const LABEL_CODE: Record<LabelStatus, number> = { none: 0, awaiting: 1, confirmed: 2 };
const SOURCE_CODE: Record<AlertSource, number> = { sandbox: 0, local: 1, raised: 2 };
const SEVERITY_CODE = new Map(SEVERITIES.map((value, index) => [value, index + 1]));

export class QueueIndex {
  readonly size: number;
  private readonly rowsByKey = new Map<string, number>();
  private readonly regions = new StringCodes();
  private readonly brokers = new StringCodes();
  private readonly users = new StringCodes();
  readonly typology: Uint8Array;
  readonly score: Float32Array;
  /** The local risk model's estimate (shared/analytics/learning); the score until one is set. */
  readonly risk: Float32Array;
  readonly created: Float64Array;
  readonly status: Uint8Array;
  readonly region: Uint32Array;
  readonly broker: Uint32Array;
  readonly assignee: Uint32Array;
  readonly disposition: Uint8Array;
  readonly label: Uint8Array;
  readonly severity: Uint8Array;
  readonly snoozedUntil: Float64Array;
  readonly local: Uint8Array;
  /** A unique position of each row in (id, dataset) order: the tie-break of every sort. */
  private readonly idRank: Uint32Array;
  private readonly rowAtIdRank: Uint32Array;
  /** Dense ranks of the fields that never change, so sorting on them is integer sorting. */
  private readonly scoreRank: Uint32Array;
  /** Changes with each new risk estimate, so not readonly. */
  private riskRank: Uint32Array;
  private readonly createdRank: Uint32Array;
  private readonly regionRank: Uint32Array;
  private readonly brokerRank: Uint32Array;
  /** Rows naming each instrument. */
  private readonly rowsOfInstrument = new Map<string, number[]>();
  /**
   * Lower-case text searched by `filter.text`: every row's summary, id, accounts and instruments
   * in one string, rows separated by a NUL, so a word is found with `indexOf` over the whole queue.
   */
  private readonly searchBlob: string;
  /** Where each row's text starts in `searchBlob`, plus the end. */
  private readonly searchStarts: Uint32Array;
  private readonly rowObjects: QueueRow[];

  constructor(rows: readonly QueueRow[]) {
    const n = rows.length;
    this.size = n;
    this.rowObjects = rows.map((row) => ({ ...row }));
    this.typology = new Uint8Array(n);
    this.score = new Float32Array(n);
    this.risk = new Float32Array(n);
    this.created = new Float64Array(n);
    this.status = new Uint8Array(n);
    this.region = new Uint32Array(n);
    this.broker = new Uint32Array(n);
    this.assignee = new Uint32Array(n);
    this.disposition = new Uint8Array(n);
    this.label = new Uint8Array(n);
    this.severity = new Uint8Array(n);
    this.snoozedUntil = new Float64Array(n);
    this.local = new Uint8Array(n);
    const texts = new Array<string>(n);
    rows.forEach((row, i) => {
      this.rowsByKey.set(row.key, i);
      this.typology[i] = TYPOLOGY_CODE.get(row.typology) ?? TYPOLOGIES.length;
      this.score[i] = row.score;
      this.risk[i] = row.score;
      this.created[i] = row.created;
      this.region[i] = this.regions.code(row.region);
      this.broker[i] = this.brokers.code(row.broker);
      this.local[i] = SOURCE_CODE[row.source];
      for (const instrument of row.instruments) {
        const list = this.rowsOfInstrument.get(instrument);
        if (list) list.push(i);
        else this.rowsOfInstrument.set(instrument, [i]);
      }
      texts[i] = [row.summary, row.id, ...row.accounts, ...row.instruments]
        .join(' ')
        .toLowerCase()
        .replaceAll('\0', ' ');
      this.writeWorkflow(i, row);
    });
    this.searchStarts = new Uint32Array(n + 1);
    let offset = 0;
    texts.forEach((text, i) => {
      this.searchStarts[i] = offset;
      offset += text.length + 1;
    });
    this.searchStarts[n] = offset;
    this.searchBlob = texts.join('\0');
    const byId = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
      const left = rows[a] as QueueRow;
      const right = rows[b] as QueueRow;
      return compareText(left.id, right.id) || compareText(left.dataset, right.dataset);
    });
    this.idRank = new Uint32Array(n);
    this.rowAtIdRank = Uint32Array.from(byId);
    byId.forEach((row, rank) => {
      this.idRank[row] = rank;
    });
    this.scoreRank = denseRanks(this.score);
    this.riskRank = this.scoreRank;
    this.createdRank = denseRanks(this.created);
    this.regionRank = Uint32Array.from(this.region, (code) => this.regions.rank(code));
    this.brokerRank = Uint32Array.from(this.broker, (code) => this.brokers.rank(code));
  }

  private writeWorkflow(i: number, row: QueueRow): void {
    this.status[i] = STATUS_CODE.get(row.status) ?? 0;
    this.assignee[i] = this.users.code(row.assignee ?? '');
    this.disposition[i] = row.disposition === null ? 0 : (DISPOSITION_CODE.get(row.disposition) ?? 0);
    this.label[i] = LABEL_CODE[row.labelStatus];
    this.severity[i] = row.severity === null ? 0 : (SEVERITY_CODE.get(row.severity) ?? 0);
    this.snoozedUntil[i] = row.snoozedUntil;
  }

  row(i: number): QueueRow {
    const row = this.rowObjects[i];
    if (!row) throw new RangeError(`no queue row ${i}`);
    return row;
  }

  indexOf(key: string): number | undefined {
    return this.rowsByKey.get(key);
  }

  /** Applies a triage change to one row; returns false when the key is not in the queue. */
  update(key: string, patch: RowPatch): boolean {
    const i = this.rowsByKey.get(key);
    if (i === undefined) return false;
    const next = { ...this.row(i), ...patch };
    this.rowObjects[i] = next;
    this.writeWorkflow(i, next);
    return true;
  }

  /**
   * Sets the risk of the rows `keys` names (values in the same order); every other row's risk
   * goes back to its score, so the risk order is the score order until a model ranks the queue.
   */
  setRisk(keys: readonly string[], values: ArrayLike<number>): void {
    this.risk.set(this.score);
    keys.forEach((key, at) => {
      const i = this.rowsByKey.get(key);
      if (i !== undefined) this.risk[i] = values[at] as number;
    });
    this.riskRank = denseRanks(this.risk);
  }

  /** Distinct non-empty regions, brokers and assignees, for the filter menus. */
  facets(): { regions: string[]; brokers: string[]; assignees: string[] } {
    const present = (codes: StringCodes) => codes.values.filter((value) => value !== '').sort();
    return { regions: present(this.regions), brokers: present(this.brokers), assignees: present(this.users) };
  }

  query({ filter, sort, now }: QueueQuery): QueueResult {
    const n = this.size;
    const set = <T>(values: readonly T[] | undefined, code: (value: T) => number | undefined) => {
      if (!values || values.length === 0) return null;
      const codes = new Set<number>();
      for (const value of values) {
        const found = code(value);
        codes.add(found ?? -1);
      }
      return codes;
    };
    const typologies = set(filter.typologies, (value) => TYPOLOGY_CODE.get(value));
    const statuses = set(filter.statuses, (value) => STATUS_CODE.get(value));
    const regions = set(filter.regions, (value) => this.regions.find(value));
    const brokers = set(filter.brokers, (value) => this.brokers.find(value));
    const assignee =
      filter.assignee === undefined ? null : (this.users.find(filter.assignee) ?? -1);
    const minScore = filter.minScore ?? -Infinity;
    const maxScore = filter.maxScore ?? Infinity;
    const from = filter.from ?? -Infinity;
    const to = filter.to ?? Infinity;
    const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter((word) => word !== '');
    const distinctWords = new Set(words).size;
    const textHits = words.length > 0 ? this.wordHits(words) : null;
    const instrument = filter.instrument?.trim() ?? '';
    let withInstrument: Uint8Array | null = null;
    if (instrument !== '') {
      withInstrument = new Uint8Array(n);
      for (const row of this.rowsOfInstrument.get(instrument) ?? []) withInstrument[row] = 1;
    }
    const label = filter.label;
    const labelDisposition =
      label === undefined || label === 'awaiting' || label === 'unlabelled'
        ? null
        : (DISPOSITION_CODE.get(label) ?? -1);
    const local = filter.source === undefined ? -1 : SOURCE_CODE[filter.source];
    const tag = filter.tag?.trim() ?? '';

    const counts = new Uint32Array(ALERT_STATUSES.length);
    const matched = new Uint32Array(n);
    let count = 0;
    // Rows are visited in id order, so the stable counting sort below keeps ties in id order.
    const order = this.rowAtIdRank;
    for (let k = 0; k < n; k += 1) {
      const i = order[k] as number;
      if (typologies && !typologies.has(this.typology[i] as number)) continue;
      const score = this.score[i] as number;
      if (score < minScore || score > maxScore) continue;
      const created = this.created[i] as number;
      if (created < from || created > to) continue;
      if (regions && !regions.has(this.region[i] as number)) continue;
      if (brokers && !brokers.has(this.broker[i] as number)) continue;
      if (assignee !== null && this.assignee[i] !== assignee) continue;
      if (local >= 0 && this.local[i] !== local) continue;
      if (!filter.includeSnoozed && (this.snoozedUntil[i] as number) > now) continue;
      if (label === 'awaiting' && this.label[i] !== LABEL_CODE.awaiting) continue;
      if (label === 'unlabelled' && this.disposition[i] !== 0) continue;
      if (labelDisposition !== null && this.disposition[i] !== labelDisposition) continue;
      if (withInstrument && withInstrument[i] === 0) continue;
      if (tag !== '' && !this.row(i).tags.includes(tag)) continue;
      if (textHits && textHits[i] !== distinctWords) continue;
      const status = this.status[i] as number;
      counts[status] = (counts[status] as number) + 1;
      if (statuses && !statuses.has(status)) continue;
      matched[count] = i;
      count += 1;
    }
    const statusCounts = Object.fromEntries(
      ALERT_STATUSES.map((status, code) => [status, counts[code] ?? 0]),
    ) as Record<AlertStatus, number>;
    return { rows: this.sortRows(matched.subarray(0, count), sort), statusCounts };
  }

  /** For each row, how many of the (distinct) words occur in its text. */
  private wordHits(words: readonly string[]): Uint8Array {
    const hits = new Uint8Array(this.size);
    const starts = this.searchStarts;
    for (const word of new Set(words)) {
      let at = this.searchBlob.indexOf(word);
      while (at >= 0) {
        // The row holding position `at`: the last start at or before it.
        let low = 0;
        let high = this.size - 1;
        while (low < high) {
          const middle = (low + high + 1) >>> 1;
          if ((starts[middle] as number) <= at) low = middle;
          else high = middle - 1;
        }
        hits[low] = (hits[low] as number) + 1;
        at = this.searchBlob.indexOf(word, starts[low + 1] as number);
      }
    }
    return hits;
  }

  /** Each row's rank for a sort key, and the largest rank there is. */
  private sortRanks(key: SortKey): { ranks: ArrayLike<number>; max: number } {
    switch (key) {
      case 'risk':
        return { ranks: this.riskRank, max: this.size };
      case 'score':
        return { ranks: this.scoreRank, max: this.size };
      case 'created':
        return { ranks: this.createdRank, max: this.size };
      case 'typology':
        return { ranks: this.typology, max: TYPOLOGIES.length };
      case 'status':
        return { ranks: this.status, max: ALERT_STATUSES.length };
      case 'id':
        return { ranks: this.idRank, max: this.size };
      case 'region':
        return { ranks: this.regionRank, max: this.regions.values.length };
      case 'broker':
        return { ranks: this.brokerRank, max: this.brokers.values.length };
      case 'assignee':
        return {
          ranks: Uint32Array.from(this.assignee, (code) => this.users.rank(code)),
          max: this.users.values.length,
        };
    }
  }

  /**
   * Sorts row numbers (given in id order) by key with a stable counting sort: ranks are small
   * integers, so two passes replace 1.7 million comparator calls on 100,000 rows, and ties keep
   * their id order.
   */
  private sortRows(rows: Uint32Array, { key, descending }: QuerySort): Uint32Array {
    const { ranks, max } = this.sortRanks(key);
    const starts = new Uint32Array(max + 2);
    for (let at = 0; at < rows.length; at += 1) {
      const rank = ranks[rows[at] as number] as number;
      const slot = (descending ? max - rank : rank) + 1;
      starts[slot] = (starts[slot] as number) + 1;
    }
    for (let slot = 1; slot < starts.length; slot += 1)
      starts[slot] = (starts[slot] as number) + (starts[slot - 1] as number);
    const sorted = new Uint32Array(rows.length);
    for (let at = 0; at < rows.length; at += 1) {
      const row = rows[at] as number;
      const rank = ranks[row] as number;
      const slot = descending ? max - rank : rank;
      sorted[starts[slot] as number] = row;
      starts[slot] = (starts[slot] as number) + 1;
    }
    return sorted;
  }
}

/** Equal values share a rank; ranks run 0, 1, 2… in ascending value order. */
function denseRanks(values: Float32Array | Float64Array): Uint32Array {
  const order = Array.from({ length: values.length }, (_, i) => i).sort(
    (a, b) => (values[a] as number) - (values[b] as number),
  );
  const ranks = new Uint32Array(values.length);
  let rank = 0;
  order.forEach((row, at) => {
    if (at > 0 && values[row] !== values[order[at - 1] as number]) rank += 1;
    ranks[row] = rank;
  });
  return ranks;
}
