/**
 * A synthetic jurisdiction for the drafting benchmark, stored as an import stores it (row stores,
 * columnar chunks and postings): accounts, instruments, a quarter of trades and orders, bars,
 * identifiers, transfers, and a case gathering N alerts over a pool of suspect accounts.
 */
import { SAMPLE_ROWS } from '../../../shared/dictionary/sampleRows';
import { TYPOLOGIES } from '../../../shared/dictionary/tables';
import type { ColumnarChunk } from '../../../shared/importer/columnar';
import type { ChunkedTableName } from '../../../shared/importer/layouts';
import { TABLE_LAYOUTS } from '../../../shared/importer/layouts';
import type { PostingsPart } from '../../../shared/importer/postings';
import { PostingsAccumulator } from '../../../shared/importer/postings';
import { TableChunker } from '../../../shared/importer/tableChunker';
import type { ReportBenchSeed } from '../../../shared/reports/benchProtocol';
import type { WorkstationDatabase } from '../../db/database';
import { alertKey } from '../evidence/alertKeys';

const DATASET = 'bench';
const GENERATION = 'bench#1';

/** sfc32: a small seeded generator, so every run seeds the same data. */
function random(seed: number): () => number {
  let a = seed;
  let b = 0x9e3779b9;
  let c = 0x243f6a88;
  let d = 0xb7e15162;
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const DAY_MS = 86_400_000;
const Q3_START = Date.parse('2026-07-01T09:30:00+08:00');

function tradingDays(): string[] {
  const days: string[] = [];
  for (let d = 0; d < 92; d++) {
    const at = new Date(Date.parse('2026-07-01T00:00:00Z') + d * DAY_MS);
    if (at.getUTCDay() !== 0 && at.getUTCDay() !== 6) days.push(at.toISOString().slice(0, 10));
  }
  return days;
}

function timestamp(day: string, rand: () => number): string {
  const minutes = Math.floor(rand() * 240);
  const base = minutes < 120 ? 9 * 60 + 30 + minutes : 13 * 60 + (minutes - 120);
  const ms = Math.floor(rand() * 60_000);
  return `${day}T${pad(Math.floor(base / 60), 2)}:${pad(base % 60, 2)}:${pad(Math.floor(ms / 1000), 2)}.${pad(ms % 1000, 3)}+08:00`;
}

async function storeChunked(
  db: WorkstationDatabase,
  table: ChunkedTableName,
  rows: Iterable<Record<string, unknown>>,
) {
  const chunks: ColumnarChunk[] = [];
  const parts: PostingsPart[] = [];
  const postings = new PostingsAccumulator((emitted) => parts.push(...emitted));
  const chunker = new TableChunker(TABLE_LAYOUTS[table], (chunk) => {
    chunks.push(chunk);
    postings.addChunk(chunk);
  });
  for (const row of rows) chunker.add(row);
  chunker.finish();
  postings.flush();
  await db.chunks.bulkPut(chunks.map((chunk) => ({ ...chunk, generation: GENERATION })));
  await db.accountPostings.bulkPut(
    parts.map((part) => ({ ...part, generation: GENERATION, table })),
  );
}

export async function seedSyntheticCase(
  db: WorkstationDatabase,
  request: ReportBenchSeed,
): Promise<{ caseId: string }> {
  const rand = random(20261126);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const days = tradingDays();
  const accounts = Array.from({ length: request.accounts }, (_, i) => `A${pad(i, 7)}`);
  const instruments = Array.from({ length: request.instruments }, (_, i) => `${600000 + i}.SH`);
  const suspects = accounts.slice(0, request.caseAccounts);
  const hot = instruments.slice(0, Math.max(1, Math.floor(request.instruments / 3)));

  await db.datasets.put({
    id: DATASET,
    sourceId: 'bench',
    title: 'Benchmark',
    currentVersion: 1,
    kind: 'full',
    importedAt: new Date().toISOString(),
    expires: '2036-10-01T00:00:00+08:00',
    scope: {
      jurisdiction: '440000',
      brokers: ['B01'],
      period: { from: '2026-07-01', to: '2026-09-30' },
    },
    manifestHash: '0'.repeat(64),
    generation: GENERATION,
    rowCounts: { trades: request.trades },
  });
  await db.accounts.bulkPut(
    accounts.map((id, i) => ({
      ...SAMPLE_ROWS.accounts,
      id,
      broker: `B0${i % 8}`,
      dataset: GENERATION,
    })),
  );
  await db.brokers.bulkPut(
    Array.from({ length: 8 }, (_, i) => ({
      ...SAMPLE_ROWS.brokers,
      id: `B0${i}`,
      dataset: GENERATION,
    })),
  );
  await db.instruments.bulkPut(
    instruments.map((code) => ({ ...SAMPLE_ROWS.instruments, code, dataset: GENERATION })),
  );
  await db.rules.bulkPut(
    TYPOLOGIES.map((typology, i) => ({
      ...SAMPLE_ROWS.rules,
      id: `R-${i}`,
      typology,
      dataset: GENERATION,
    })),
  );

  await storeChunked(
    db,
    'trades',
    (function* () {
      for (let i = 0; i < request.trades; i++) {
        const day = days[Math.floor((i / request.trades) * days.length)]!;
        // A third of the trades are the suspects', on the hot instruments.
        const suspect = rand() < 0.33;
        yield {
          id: `T${pad(i, 8)}`,
          order: `O${pad(i, 8)}`,
          account: suspect ? pick(suspects) : pick(accounts),
          counterparty: rand() < 0.2 ? pick(suspects) : null,
          instrument: suspect ? pick(hot) : pick(instruments),
          ts: timestamp(day, rand),
          side: rand() < 0.5 ? 'B' : 'S',
          price: Math.round((10 + rand() * 40) * 100) / 100,
          qty: (1 + Math.floor(rand() * 50)) * 100,
        };
      }
    })(),
  );
  await storeChunked(
    db,
    'orders',
    (function* () {
      for (let i = 0; i < request.trades / 2; i++) {
        const day = days[Math.floor((i / (request.trades / 2)) * days.length)]!;
        yield {
          id: `O${pad(i, 8)}`,
          account: pick(accounts),
          instrument: pick(instruments),
          ts: timestamp(day, rand),
          side: 'B',
          price: 20,
          qty: 100,
          type: 'limit',
          status: 'filled',
          filled_qty: 100,
          cancel_ts: null,
        };
      }
    })(),
  );
  await storeChunked(
    db,
    'market_bars',
    (function* () {
      for (const instrument of instruments) {
        let close = 10 + rand() * 40;
        for (const date of days) {
          const open = close;
          close = Math.max(1, close * (1 + (rand() - 0.5) * 0.06));
          yield {
            instrument,
            date,
            open,
            high: Math.max(open, close) * 1.01,
            low: Math.min(open, close) * 0.99,
            close,
            volume: 1_000_000 + Math.floor(rand() * 9_000_000),
            turnover: 1e8,
          };
        }
      }
    })(),
  );
  await storeChunked(
    db,
    'identifiers',
    (function* () {
      for (const [i, account] of accounts.entries()) {
        // Suspects share devices in small groups; everyone else has their own.
        const device = i < suspects.length ? `shared-${Math.floor(i / 5)}` : `own-${i}`;
        yield {
          account,
          kind: 'device',
          value_hash: device.padEnd(64, '0'),
          first_seen: '2026-01-01T00:00:00+08:00',
          last_seen: '2026-09-30T00:00:00+08:00',
        };
        yield {
          account,
          kind: 'phone',
          value_hash: `phone-${i}`.padEnd(64, '0'),
          first_seen: '2026-01-01T00:00:00+08:00',
          last_seen: '2026-09-30T00:00:00+08:00',
        };
      }
    })(),
  );
  await storeChunked(
    db,
    'transfers',
    (function* () {
      for (let i = 0; i < request.accounts * 2; i++)
        yield {
          id: `X${pad(i, 7)}`,
          from: rand() < 0.5 ? `EXT:CARD-${i % 500}` : pick(accounts),
          to: pick(accounts),
          amount: 1000 + Math.floor(rand() * 100000),
          ts: timestamp(pick(days), rand),
          channel: 'bank',
        };
    })(),
  );

  const alerts = Array.from({ length: request.alerts }, (_, i) => {
    const from = Q3_START + Math.floor(rand() * 80) * DAY_MS;
    const members = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick(suspects));
    return {
      ...SAMPLE_ROWS.alerts,
      id: `AL-${pad(i, 5)}`,
      typology: pick(TYPOLOGIES),
      score: Math.round((0.3 + rand() * 0.65) * 100) / 100,
      created: new Date(from + 10 * DAY_MS).toISOString(),
      accounts: [...new Set(members)],
      instruments: [pick(hot), ...(rand() < 0.3 ? [pick(hot)] : [])],
      window: {
        from: new Date(from).toISOString(),
        to: new Date(from + (3 + Math.floor(rand() * 7)) * DAY_MS).toISOString(),
      },
      rule: `R-${Math.floor(rand() * TYPOLOGIES.length)}`,
      dataset: GENERATION,
    };
  });
  await db.alerts.bulkPut(alerts);
  const caseId = 'bench-case';
  await db.cases.put({
    id: caseId,
    title: 'Benchmark case',
    status: 'open',
    owner: 'bench',
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    alertIds: alerts.map((a) => alertKey(DATASET, a.id)),
    accountIds: [...new Set(alerts.flatMap((a) => a.accounts))].sort(),
  });
  return { caseId };
}
