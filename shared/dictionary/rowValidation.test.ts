import { describe, expect, it } from 'vitest';
import { isIsoDate, isIsoTimestamp, rowValidatorFor, validateRow } from './rowValidation';
import { SAMPLE_ROWS } from './sampleRows';
import { DICTIONARY_TABLES } from './tables';
import type { DictionaryTableName } from './tables';

const sample = (table: DictionaryTableName): Record<string, unknown> =>
  structuredClone(SAMPLE_ROWS[table]) as unknown as Record<string, unknown>;

function problemOf(table: DictionaryTableName, changes: Record<string, unknown>) {
  return validateRow(table, { ...sample(table), ...changes });
}

describe('timestamps and dates', () => {
  it.each([
    '2026-09-01T09:30:01.250+08:00',
    '2026-09-01T09:30:01+08:00',
    '2026-09-01T09:30+08:00',
    '2026-09-01T01:30:01Z',
    '2026-09-01T09:30:01.123456789-05:30',
    '2024-02-29T00:00:00+00:00',
  ])('accepts %s', (text) => expect(isIsoTimestamp(text)).toBe(true));

  it.each([
    '2026-09-01T09:30:01',
    '2026-09-01 09:30:01+08:00',
    '2026-09-01T09:30:01+0800',
    '2026-09-01T24:00:00+08:00',
    '2026-09-01T09:60:00+08:00',
    '2026-02-29T09:00:00+08:00',
    '2026-13-01T09:00:00+08:00',
    '2026-09-01T09:30:01.+08:00',
    '2026-09-01T09:30:01.250+08:00 ',
    '2026-09-01T09:30:01,250+08:00',
    '2026-09-01',
  ])('refuses %s', (text) => expect(isIsoTimestamp(text)).toBe(false));

  it('checks calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-4-03')).toBe(false);
    expect(isIsoDate('2026-04-03T00:00:00Z')).toBe(false);
  });
});

describe('row validation', () => {
  it('accepts the sample row of every table', () => {
    for (const { name } of DICTIONARY_TABLES)
      expect(validateRow(name, sample(name)), name).toBeNull();
  });

  it('treats an absent optional column and null alike, and ignores unknown columns', () => {
    const account = sample('accounts');
    delete account.id_number_masked;
    account.phone_masked = null;
    account.added_by_a_newer_sandbox = { anything: [1, 2] };
    expect(validateRow('accounts', account)).toBeNull();
  });

  it('names a missing or null required column', () => {
    const order = sample('orders');
    delete order.ts;
    expect(validateRow('orders', order)).toEqual({
      column: 'ts',
      message: 'required column is missing',
    });
    expect(problemOf('orders', { price: null })).toEqual({
      column: 'price',
      message: 'required column is null',
    });
  });

  it.each<[DictionaryTableName, Record<string, unknown>, string, RegExp]>([
    ['orders', { id: 7 }, 'id', /non-empty string id, got number 7/],
    ['orders', { id: '' }, 'id', /non-empty string id/],
    ['orders', { ts: '2026-09-01T09:30:01' }, 'ts', /ISO 8601 timestamp with offset/],
    ['orders', { side: 'X' }, 'side', /unknown value "X" \(expected one of B, S\)/],
    ['orders', { qty: 10.5 }, 'qty', /whole number ≥ 0/],
    ['orders', { filled_qty: -1 }, 'filled_qty', /whole number ≥ 0/],
    ['orders', { price: '10' }, 'price', /finite number, got "10"/],
    ['orders', { price: JSON.parse('1e400') }, 'price', /finite number/],
    ['orders', { cancel_ts: 'yesterday' }, 'cancel_ts', /ISO 8601/],
    ['accounts', { opened: '2019-02-30' }, 'opened', /date YYYY-MM-DD/],
    ['accounts', { region: '4403' }, 'region', /6-digit region code/],
    ['accounts', { risk_level: 'C6' }, 'risk_level', /unknown value "C6"/],
    ['regions', { centroid: [114] }, 'centroid', /\[longitude, latitude\]/],
    ['regions', { centroid: [200, 22] }, 'centroid', /longitude 200 is outside/],
    ['regions', { centroid: [114, '22'] }, 'centroid', /expected numbers/],
    ['branches', { location: { lng: 1, lat: 2 } }, 'location', /\[longitude, latitude\]/],
    [
      'region_shapes',
      { geometry: { type: 'Point', coordinates: [1, 2] } },
      'geometry',
      /Polygon or MultiPolygon, got "Point"/,
    ],
    [
      'region_shapes',
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [0, 0],
            ],
          ],
        },
      },
      'geometry',
      /coordinates\[0\]: a linear ring needs at least 4 positions/,
    ],
    [
      'region_shapes',
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 1],
            ],
          ],
        },
      },
      'geometry',
      /not closed/,
    ],
    [
      'region_shapes',
      {
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 'x'],
                [0, 0],
              ],
            ],
          ],
        },
      },
      'geometry',
      /coordinates\[0\]\[0\]\[3\]: expected numbers/,
    ],
    ['alerts', { score: 1.2 }, 'score', /from 0 to 1/],
    ['alerts', { accounts: ['A1', 5] }, 'accounts', /\[1\]: expected a non-empty string id/],
    ['alerts', { instruments: '600519.SH' }, 'instruments', /expected an array/],
    ['alerts', { window: { from: '2026-09-01T09:00:00+08:00' } }, 'window', /^to: /],
    [
      'alerts',
      { features: [{ name: 'x', value: 1 }] },
      'features',
      /\[0\]: contribution: expected a finite number/,
    ],
    [
      'alerts',
      { features: [{ name: 'x', contribution: 0.2 }] },
      'features',
      /\[0\]: value: missing/,
    ],
    ['alerts', { typology: 'pump_and_dump' }, 'typology', /unknown value "pump_and_dump"/],
    ['rules', { params: [1, 2] }, 'params', /expected an object, got an array/],
    ['violation_cases', { accounts: [''] }, 'accounts', /non-empty string id/],
    ['tombstones', { table: 'tombstones' }, 'table', /name of a dictionary table/],
    [
      'tombstones',
      { table: 'identifiers', id: 'A1|device' },
      'id',
      /not a primary key of identifiers/,
    ],
  ])('%s %j → column %s', (table, changes, column, message) => {
    const problem = problemOf(table, changes);
    expect(problem?.column).toBe(column);
    expect(problem?.message).toMatch(message);
  });

  it('accepts a feature value of any JSON type, and multi-column tombstone ids', () => {
    expect(
      problemOf('alerts', { features: [{ name: 'x', value: null, contribution: 0 }] }),
    ).toBeNull();
    expect(problemOf('tombstones', { table: 'identifiers', id: 'A1|device|9f2c' })).toBeNull();
  });

  it('reports the first problem in dictionary column order', () => {
    expect(problemOf('orders', { side: 'X', id: 5 })?.column).toBe('id');
  });

  it('compiles each table once', () => {
    expect(rowValidatorFor('trades')).toBe(rowValidatorFor('trades'));
  });
});
