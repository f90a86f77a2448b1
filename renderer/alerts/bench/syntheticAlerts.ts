/**
 * Deterministic synthetic alerts for the triage benchmark only: typologies, scores, dates,
 * accounts and instruments spread like a busy jurisdiction's, with Chinese summaries to search.
 */
import { TYPOLOGIES } from '../../../shared/dictionary/tables';
import type { DictionaryRows } from '../../../shared/dictionary/types';

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHRASES = ['尾市集中买入', '大额撤单', '对倒成交', '敏感期前买入', '同一设备登录', '资金来源相同', '连续拉抬', '抢先交易'];

export interface SyntheticData {
  alerts: DictionaryRows['alerts'][];
  accounts: DictionaryRows['accounts'][];
}

export function syntheticAlerts(count: number, accountCount = 20_000, seed = 2026): SyntheticData {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const regions = Array.from({ length: 21 }, (_, i) => `44${String(i + 1).padStart(2, '0')}00`);
  const brokers = Array.from({ length: 40 }, (_, i) => `B${String(i + 1).padStart(3, '0')}`);
  const accounts: DictionaryRows['accounts'][] = Array.from({ length: accountCount }, (_, i) => ({
    id: `A${String(i).padStart(7, '0')}`,
    broker: pick(brokers),
    branch: 'BR1',
    region: pick(regions),
    kind: 'individual',
    opened: '2020-01-01',
    risk_level: 'C3',
    holder_masked: '张*',
    status: 'active',
  }));
  const instruments = Array.from({ length: 3000 }, (_, i) => String(600000 + i));
  const start = Date.parse('2026-07-01T00:00:00+08:00');
  const alerts = Array.from({ length: count }, (_, i): DictionaryRows['alerts'] => {
    const typology = pick(TYPOLOGIES);
    const created = new Date(start + random() * 92 * 86_400_000).toISOString();
    const accountIds = Array.from({ length: 1 + Math.floor(random() * 3) }, () => (pick(accounts) as { id: string }).id);
    const instrument = pick(instruments);
    return {
      id: `BX${String(i).padStart(7, '0')}`,
      typology,
      score: Math.round(random() * 1000) / 1000,
      created,
      accounts: accountIds,
      instruments: [instrument],
      window: { from: created, to: created },
      model: 'bench-model',
      rule: null,
      features: [{ name: 'f1', value: 1, contribution: 0.1 }],
      summary: `${accountIds[0]} 在 ${instrument} 上${pick(PHRASES)}，${pick(PHRASES)}`,
    };
  });
  return { alerts, accounts };
}
