/**
 * Fictional listed companies. Names join two characters rare in real company names with a
 * sector word, because planted schemes must never point at a real company. Codes follow the
 * exchanges' numbering (600xxx.SH, 688xxx.SH, 000xxx.SZ, 300xxx.SZ, 8xxxxx.BJ) and may coincide
 * with real codes; a short list of the best-known codes is avoided.
 */
import type { Exchange, Instrument } from '../../shared/dictionary/types';
import type { Random } from './random';

export interface InstrumentProfile {
  row: Instrument;
  index: number;
  /** Price on the last trading day before the period. */
  startPrice: number;
  /** Daily volatility of log returns. */
  volatility: number;
  /** Daily price limit as a fraction of the previous close (±10 %, ±20 %, ±30 %). */
  priceLimit: number;
  /** Typical market-wide daily volume, in shares. */
  baseVolume: number;
  /** Share of the jurisdiction's ordinary trading that goes to this instrument. */
  tradingWeight: number;
  /** Smallest order: 200 shares on the STAR market, else one board lot of 100. */
  minimumOrder: number;
}

interface BoardSpec {
  board: string;
  exchange: Exchange;
  suffix: 'SH' | 'SZ' | 'BJ';
  prefixes: readonly string[];
  share: number;
  medianPrice: number;
  medianTurnover: number;
  volatility: readonly [number, number];
  priceLimit: number;
}

const BOARDS: readonly BoardSpec[] = [
  {
    board: '主板',
    exchange: 'SSE',
    suffix: 'SH',
    prefixes: ['600', '601', '603', '605'],
    share: 0.38,
    medianPrice: 11,
    medianTurnover: 1.6e8,
    volatility: [0.016, 0.028],
    priceLimit: 0.1,
  },
  {
    board: '科创板',
    exchange: 'SSE',
    suffix: 'SH',
    prefixes: ['688'],
    share: 0.11,
    medianPrice: 36,
    medianTurnover: 2.2e8,
    volatility: [0.025, 0.04],
    priceLimit: 0.2,
  },
  {
    board: '主板',
    exchange: 'SZSE',
    suffix: 'SZ',
    prefixes: ['000', '001', '002', '003'],
    share: 0.26,
    medianPrice: 10,
    medianTurnover: 1.5e8,
    volatility: [0.017, 0.03],
    priceLimit: 0.1,
  },
  {
    board: '创业板',
    exchange: 'SZSE',
    suffix: 'SZ',
    prefixes: ['300', '301'],
    share: 0.19,
    medianPrice: 22,
    medianTurnover: 2e8,
    volatility: [0.024, 0.04],
    priceLimit: 0.2,
  },
  {
    board: '北交所',
    exchange: 'BSE',
    suffix: 'BJ',
    prefixes: [
      '830',
      '831',
      '832',
      '833',
      '834',
      '835',
      '836',
      '837',
      '838',
      '839',
      '870',
      '871',
      '872',
      '873',
    ],
    share: 0.06,
    medianPrice: 14,
    medianTurnover: 4e7,
    volatility: [0.03, 0.05],
    priceLimit: 0.3,
  },
];

/** Sectors (申万一级-style) and the words a company of that sector puts after its brand. */
const SECTORS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['电子', ['电子', '微电', '芯联', '光电']],
  ['计算机', ['软件', '信息', '数科', '智联']],
  ['医药生物', ['医药', '生物', '药业', '医疗']],
  ['电力设备', ['电气', '新能', '储能', '电源']],
  ['机械设备', ['精机', '装备', '智造', '重工']],
  ['基础化工', ['化学', '新材', '化工']],
  ['汽车', ['汽配', '车业', '动力']],
  ['有色金属', ['矿业', '金属', '合金']],
  ['食品饮料', ['食品', '酒业', '饮品']],
  ['家用电器', ['电器', '家电']],
  ['通信', ['通信', '光联', '网络']],
  ['传媒', ['传媒', '文化', '影业']],
  ['国防军工', ['航科', '防务']],
  ['建筑装饰', ['建工', '建设']],
  ['交通运输', ['物流', '航运', '供应链']],
  ['公用事业', ['水务', '能源', '燃气']],
  ['纺织服饰', ['服饰', '纺织']],
  ['轻工制造', ['家居', '包装', '纸业']],
  ['环保', ['环境', '环保']],
  ['农林牧渔', ['农业', '种业', '牧业']],
  ['商贸零售', ['商业', '百货']],
  ['美容护理', ['美妆', '护理']],
];

const BRAND_CHARACTERS = [...'汐岚屿麓棠珂霁翎朔芮筠琅栩桐沁砚蘅湄峤岫漪璞溯槿苒黛绫菁杳渚'];

/** Codes so familiar that a fictional company under them would still read as the real one. */
const AVOIDED_CODES = new Set([
  '600519',
  '600036',
  '601318',
  '601398',
  '600000',
  '600900',
  '601857',
  '688981',
  '000001',
  '000002',
  '000858',
  '002594',
  '300750',
  '300059',
]);

export function instrumentCountFor(scale: number): number {
  return scale >= 1 ? 300 : Math.max(80, Math.round(300 * Math.sqrt(scale)));
}

/** Two distinct brand characters, e.g. 汐麓. */
export function fictionalBrand(random: Random): string {
  const first = random.pick(BRAND_CHARACTERS);
  let second = random.pick(BRAND_CHARACTERS);
  while (second === first) second = random.pick(BRAND_CHARACTERS);
  return `${first}${second}`;
}

export function generateInstruments(count: number, random: Random): InstrumentProfile[] {
  const codes = new Set<string>();
  const names = new Set<string>();
  const drafts: Array<Omit<InstrumentProfile, 'index'>> = [];
  const totalShare = BOARDS.reduce((sum, board) => sum + board.share, 0);
  for (let n = 0; n < count; n++) {
    let target = random.next() * totalShare;
    const board = BOARDS.find((candidate) => (target -= candidate.share) < 0) ?? BOARDS[0]!;
    let code: string;
    do code = `${random.pick(board.prefixes)}${random.digits(3)}`;
    while (codes.has(code) || AVOIDED_CODES.has(code));
    codes.add(code);
    const [sector, words] = random.pick(SECTORS);
    let name: string;
    do name = `${fictionalBrand(random)}${random.pick(words)}`;
    while (names.has(name));
    names.add(name);
    const startPrice = Math.min(260, Math.max(2.5, random.logNormal(board.medianPrice, 0.6)));
    const turnover = random.logNormal(board.medianTurnover, 0.9);
    drafts.push({
      row: {
        code: `${code}.${board.suffix}`,
        name,
        exchange: board.exchange,
        board: board.board,
        sector,
      },
      startPrice: Math.round(startPrice * 100) / 100,
      volatility: random.between(board.volatility[0], board.volatility[1]),
      priceLimit: board.priceLimit,
      baseVolume: Math.max(200_000, Math.round(turnover / startPrice / 100) * 100),
      tradingWeight: Math.pow(turnover, 0.85),
      minimumOrder: board.board === '科创板' ? 200 : 100,
    });
  }
  drafts.sort((a, b) => (a.row.code < b.row.code ? -1 : 1));
  return drafts.map((draft, index) => ({ ...draft, index }));
}

/** Renames an instrument to `brand + word`, for schemes that need two companies of one group. */
export function renameInstrument(instrument: InstrumentProfile, name: string): void {
  instrument.row = { ...instrument.row, name };
}
