/**
 * Column checks of `sandbox-dictionary/1` (sandbox spec §3), one compiled validator per table.
 * Hand-written rather than schema-driven because imports validate millions of rows: a check
 * is a `typeof`, a character scan or a Set lookup, and a row allocates nothing unless it fails.
 * Optional columns may be absent or null; columns the dictionary does not name are left alone.
 */
import type { DictionaryTableName, TombstonedTableName } from './tables';
import {
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
  isDictionaryTableName,
} from './tables';
import { parsePrimaryKey } from './primaryKey';
import type { DictionaryRows } from './types';

/** The first problem of a row: the column it is in and what is wrong, in English. */
export interface ColumnProblem {
  column: string;
  message: string;
}

export type Row = Readonly<Record<string, unknown>>;
export type RowValidator = (row: Row) => ColumnProblem | null;

/** Returns null when the value is acceptable, else what is wrong with it. */
type ValueCheck = (value: unknown) => string | null;
interface RequiredRule {
  required: true;
  check: ValueCheck;
}
interface OptionalRule {
  required: false;
  check: ValueCheck;
}
const req = (check: ValueCheck): RequiredRule => ({ required: true, check });
const opt = (check: ValueCheck): OptionalRule => ({ required: false, check });

// One rule per column of the row type, required exactly where the type requires it: the
// compiler catches a dictionary change that this file does not follow.
type RulesFor<R> = { [C in keyof R]-?: object extends Pick<R, C> ? OptionalRule : RequiredRule };
type DictionaryRules = { [T in DictionaryTableName]: RulesFor<DictionaryRows[T]> };

// ---- timestamps and dates, by character codes (a regex with captures is several times slower) ----

const ZERO = 48;

function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - ZERO;
  const units = text.charCodeAt(at + 1) - ZERO;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isCalendarDateAt(text: string, at: number): boolean {
  const century = twoDigits(text, at);
  const yearInCentury = twoDigits(text, at + 2);
  const month = twoDigits(text, at + 5);
  const day = twoDigits(text, at + 8);
  if (century < 0 || yearInCentury < 0 || text[at + 4] !== '-' || text[at + 7] !== '-')
    return false;
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(century * 100 + yearInCentury, month)
  );
}

/** `YYYY-MM-DD`, a real calendar day. */
export function isIsoDate(text: string): boolean {
  return text.length === 10 && isCalendarDateAt(text, 0);
}

/**
 * ISO 8601 date and time with an offset: `YYYY-MM-DDTHH:MM[:SS[.fraction]]` then `Z` or
 * `±HH:MM`, e.g. `2026-09-01T09:30:01.250+08:00`. A time without an offset is refused,
 * because it does not name an instant.
 */
export function isIsoTimestamp(text: string): boolean {
  if (text.length < 17 || !isCalendarDateAt(text, 0) || text[10] !== 'T' || text[13] !== ':')
    return false;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
  let at = 16;
  if (text[at] === ':') {
    const second = twoDigits(text, at + 1);
    if (second < 0 || second > 59) return false;
    at += 3;
    if (text[at] === '.') {
      const fractionStart = ++at;
      while (at < text.length && text.charCodeAt(at) >= ZERO && text.charCodeAt(at) <= ZERO + 9)
        at++;
      if (at === fractionStart || at - fractionStart > 9) return false;
    }
  }
  if (text[at] === 'Z') return at + 1 === text.length;
  if ((text[at] !== '+' && text[at] !== '-') || at + 6 !== text.length || text[at + 3] !== ':')
    return false;
  const offsetHours = twoDigits(text, at + 1);
  const offsetMinutes = twoDigits(text, at + 4);
  return offsetHours >= 0 && offsetHours <= 23 && offsetMinutes >= 0 && offsetMinutes <= 59;
}

// ---- value checks ----

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function isPlainObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text: ValueCheck = (value) =>
  typeof value === 'string' ? null : `expected a string, got ${describe(value)}`;

/** Ids and codes are opaque, non-empty strings. */
const id: ValueCheck = (value) =>
  typeof value === 'string' && value.length > 0
    ? null
    : `expected a non-empty string id, got ${describe(value)}`;

const regionCode: ValueCheck = (value) =>
  typeof value === 'string' && /^\d{6}$/.test(value)
    ? null
    : `expected a 6-digit region code, got ${describe(value)}`;

const timestamp: ValueCheck = (value) =>
  typeof value === 'string' && isIsoTimestamp(value)
    ? null
    : `expected an ISO 8601 timestamp with offset (e.g. 2026-09-01T09:30:01.250+08:00), got ${describe(value)}`;

const date: ValueCheck = (value) =>
  typeof value === 'string' && isIsoDate(value)
    ? null
    : `expected a date YYYY-MM-DD, got ${describe(value)}`;

const finite: ValueCheck = (value) =>
  typeof value === 'number' && Number.isFinite(value)
    ? null
    : `expected a finite number, got ${describe(value)}`;

/** Quantities are whole shares. */
const quantity: ValueCheck = (value) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    ? null
    : `expected a whole number ≥ 0, got ${describe(value)}`;

const unitInterval: ValueCheck = (value) =>
  typeof value === 'number' && value >= 0 && value <= 1
    ? null
    : `expected a number from 0 to 1, got ${describe(value)}`;

function oneOf(values: readonly string[]): ValueCheck {
  const allowed = new Set(values);
  const list = values.join(', ');
  return (value) =>
    typeof value === 'string' && allowed.has(value)
      ? null
      : `unknown value ${describe(value)} (expected one of ${list})`;
}

function arrayOf(item: ValueCheck): ValueCheck {
  return (value) => {
    if (!Array.isArray(value)) return `expected an array, got ${describe(value)}`;
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i]);
      if (problem !== null) return `[${i}]: ${problem}`;
    }
    return null;
  };
}

const jsonObject: ValueCheck = (value) =>
  isPlainObject(value) ? null : `expected an object, got ${describe(value)}`;

function position(value: unknown, minimumLength: number, maximumLength: number): string | null {
  if (!Array.isArray(value) || value.length < minimumLength || value.length > maximumLength) {
    return minimumLength === maximumLength
      ? `expected [longitude, latitude], got ${describe(value)}`
      : `expected a position [longitude, latitude, …], got ${describe(value)}`;
  }
  for (const coordinate of value) {
    if (typeof coordinate !== 'number' || !Number.isFinite(coordinate))
      return `expected numbers, got ${describe(coordinate)}`;
  }
  const [longitude, latitude] = value as number[];
  if (longitude! < -180 || longitude! > 180) return `longitude ${longitude} is outside -180…180`;
  if (latitude! < -90 || latitude! > 90) return `latitude ${latitude} is outside -90…90`;
  return null;
}

const lngLat: ValueCheck = (value) => position(value, 2, 2);

/** A GeoJSON polygon's rings (RFC 7946 §3.1.6): closed, at least four positions each. */
function polygonRings(rings: unknown, path: string): string | null {
  if (!Array.isArray(rings))
    return `${path}: expected an array of linear rings, got ${describe(rings)}`;
  for (let r = 0; r < rings.length; r++) {
    const ring: unknown = rings[r];
    if (!Array.isArray(ring) || ring.length < 4)
      return `${path}[${r}]: a linear ring needs at least 4 positions`;
    for (let p = 0; p < ring.length; p++) {
      const problem = position(ring[p], 2, 3);
      if (problem !== null) return `${path}[${r}][${p}]: ${problem}`;
    }
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1])
      return `${path}[${r}]: the ring is not closed`;
  }
  return null;
}

const polygonGeometry: ValueCheck = (value) => {
  if (!isPlainObject(value))
    return `expected a GeoJSON Polygon or MultiPolygon, got ${describe(value)}`;
  if (value.type === 'Polygon') return polygonRings(value.coordinates, 'coordinates');
  if (value.type !== 'MultiPolygon')
    return `expected type Polygon or MultiPolygon, got ${describe(value.type)}`;
  const polygons = value.coordinates;
  if (!Array.isArray(polygons))
    return `coordinates: expected an array of polygons, got ${describe(polygons)}`;
  for (let i = 0; i < polygons.length; i++) {
    const problem = polygonRings(polygons[i], `coordinates[${i}]`);
    if (problem !== null) return problem;
  }
  return null;
};

const timeWindow: ValueCheck = (value) => {
  if (!isPlainObject(value)) return `expected {from, to}, got ${describe(value)}`;
  const from = timestamp(value.from);
  if (from !== null) return `from: ${from}`;
  const to = timestamp(value.to);
  return to === null ? null : `to: ${to}`;
};

const feature: ValueCheck = (value) => {
  if (!isPlainObject(value)) return `expected {name, value, contribution}, got ${describe(value)}`;
  if (typeof value.name !== 'string') return `name: expected a string, got ${describe(value.name)}`;
  if (!('value' in value)) return 'value: missing';
  const contribution = finite(value.contribution);
  return contribution === null ? null : `contribution: ${contribution}`;
};

const tombstonedTable: ValueCheck = (value) =>
  typeof value === 'string' && value !== 'tombstones' && isDictionaryTableName(value)
    ? null
    : `expected the name of a dictionary table, got ${describe(value)}`;

const typology = oneOf(TYPOLOGIES);
const side = oneOf(SIDES);

// ---- the dictionary ----

const RULES: DictionaryRules = {
  regions: {
    code: req(regionCode),
    name: req(text),
    level: req(oneOf(REGION_LEVELS)),
    parent: opt(regionCode),
    centroid: req(lngLat),
  },
  region_shapes: { code: req(regionCode), geometry: req(polygonGeometry) },
  brokers: { id: req(id), name: req(text), region: req(regionCode) },
  branches: {
    id: req(id),
    broker: req(id),
    name: req(text),
    region: req(regionCode),
    location: opt(lngLat),
  },
  accounts: {
    id: req(id),
    broker: req(id),
    branch: req(id),
    region: req(regionCode),
    kind: req(oneOf(ACCOUNT_KINDS)),
    opened: req(date),
    risk_level: req(oneOf(RISK_LEVELS)),
    holder_masked: req(text),
    id_number_masked: opt(text),
    phone_masked: opt(text),
    status: req(oneOf(ACCOUNT_STATUSES)),
  },
  identifiers: {
    account: req(id),
    kind: req(oneOf(IDENTIFIER_KINDS)),
    value_hash: req(id),
    first_seen: req(timestamp),
    last_seen: req(timestamp),
  },
  instruments: {
    code: req(id),
    name: req(text),
    exchange: req(oneOf(EXCHANGES)),
    board: req(text),
    sector: req(text),
  },
  market_bars: {
    instrument: req(id),
    date: req(date),
    open: req(finite),
    high: req(finite),
    low: req(finite),
    close: req(finite),
    volume: req(quantity),
    turnover: req(finite),
  },
  orders: {
    id: req(id),
    account: req(id),
    instrument: req(id),
    ts: req(timestamp),
    side: req(side),
    price: req(finite),
    qty: req(quantity),
    type: req(oneOf(ORDER_TYPES)),
    status: req(oneOf(ORDER_STATUSES)),
    filled_qty: req(quantity),
    cancel_ts: opt(timestamp),
  },
  trades: {
    id: req(id),
    order: req(id),
    account: req(id),
    counterparty: opt(id),
    instrument: req(id),
    ts: req(timestamp),
    side: req(side),
    price: req(finite),
    qty: req(quantity),
  },
  transfers: {
    id: req(id),
    from: req(id),
    to: req(id),
    amount: req(finite),
    ts: req(timestamp),
    channel: req(oneOf(TRANSFER_CHANNELS)),
  },
  events: {
    id: req(id),
    instrument: req(id),
    type: req(oneOf(EVENT_TYPES)),
    title: req(text),
    public_ts: req(timestamp),
    sensitive_from: req(timestamp),
  },
  insiders: { event: req(id), account: req(id), relation: req(oneOf(INSIDER_RELATIONS)) },
  alerts: {
    id: req(id),
    typology: req(typology),
    score: req(unitInterval),
    created: req(timestamp),
    accounts: req(arrayOf(id)),
    instruments: req(arrayOf(id)),
    window: req(timeWindow),
    model: req(text),
    rule: opt(id),
    features: req(arrayOf(feature)),
    summary: req(text),
  },
  rules: {
    id: req(id),
    typology: req(typology),
    title: req(text),
    description: req(text),
    params: req(jsonObject),
  },
  violation_cases: {
    id: req(id),
    typology: req(typology),
    decided: req(date),
    region: req(regionCode),
    summary: req(text),
    penalty: opt(finite),
    accounts: opt(arrayOf(id)),
  },
  region_metrics: {
    region: req(regionCode),
    date: req(date),
    metric: req(text),
    value: req(finite),
  },
  tombstones: { table: req(tombstonedTable), id: req(id) },
};

/** Checks that span columns, run after every column passed. */
const ROW_CHECKS: { [T in DictionaryTableName]?: (row: Row) => ColumnProblem | null } = {
  tombstones: (row) =>
    parsePrimaryKey(row.table as TombstonedTableName, row.id as string) === null
      ? {
          column: 'id',
          message: `"${String(row.id)}" is not a primary key of ${String(row.table)} (key columns joined by "|")`,
        }
      : null,
};

function compile(table: DictionaryTableName): RowValidator {
  const rules: ReadonlyArray<readonly [string, RequiredRule | OptionalRule]> = Object.entries(
    RULES[table],
  );
  const rowCheck = ROW_CHECKS[table];
  return (row) => {
    for (const [column, rule] of rules) {
      const value = row[column];
      if (value === undefined || value === null) {
        if (rule.required)
          return {
            column,
            message: value === null ? 'required column is null' : 'required column is missing',
          };
        continue;
      }
      const message = rule.check(value);
      if (message !== null) return { column, message };
    }
    return rowCheck === undefined ? null : rowCheck(row);
  };
}

const VALIDATORS = new Map<DictionaryTableName, RowValidator>();

/** The validator of one table, compiled on first use. */
export function rowValidatorFor(table: DictionaryTableName): RowValidator {
  let validator = VALIDATORS.get(table);
  if (validator === undefined) {
    validator = compile(table);
    VALIDATORS.set(table, validator);
  }
  return validator;
}

/** The first problem of `row` as a row of `table`, or null when the dictionary accepts it. */
export function validateRow(table: DictionaryTableName, row: Row): ColumnProblem | null {
  return rowValidatorFor(table)(row);
}
