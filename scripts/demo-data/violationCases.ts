/**
 * Past decided cases (2019–2025) in the province's cities, two to four per typology, with
 * invented parties and amounts, as precedent for examiners. One names an account of a current
 * scheme: a repeat offender.
 */
import type { Typology, ViolationCase } from '../../shared/dictionary/types';
import { TYPOLOGIES } from '../../shared/dictionary/tables';
import { addDays } from './calendar';
import { CITIES } from './guangdongCities';
import type { Random } from './random';
import { WeightedPicker } from './weightedPicker';

const SUMMARIES: Record<Typology, (stock: string, n: number, months: number) => string> = {
  continuous_trading: (stock, n, months) =>
    `当事人控制${n}个证券账户，在${months}个月内集中资金优势连续买卖“${stock}”，影响股价及成交量。`,
  matched_orders: (stock, n) =>
    `当事人与他人约定，以${n}个账户在约定时间、价格相互成交“${stock}”，制造交易活跃假象。`,
  wash_trade: (stock, n) => `当事人利用其控制的${n}个账户在自己实际控制的账户之间交易“${stock}”。`,
  spoofing: (stock, n) =>
    `当事人在${n}个交易日内频繁申报买入“${stock}”后撤单，误导其他投资者并反向卖出。`,
  marking_close: (stock, n) => `当事人在${n}个交易日收盘前集中申报买入“${stock}”，抬高收盘价。`,
  misleading_info: (stock) =>
    `当事人在网络论坛编造、传播“${stock}”将获重大订单的虚假信息，并在信息传播期间卖出。`,
  scalping: (stock, n) =>
    `当事人作为财经自媒体，${n}次在公开推荐“${stock}”等股票前买入、推荐后卖出。`,
  cross_market: (stock) =>
    `当事人利用沪深两市关联公司信息联动，先行买入“${stock}”后在关联公司公告后卖出。`,
  insider_trading: (stock) =>
    `当事人作为内幕信息知情人的近亲属，在“${stock}”重大资产重组公告前买入，公告后卖出。`,
  front_running: (stock, n) =>
    `当事人任基金经理期间，利用未公开信息以他人账户先于所管理产品${n}次交易“${stock}”等股票。`,
  account_control: (_stock, n) => `当事人借用${n}名亲友证券账户并实际控制交易，资金由其统一调拨。`,
  other: (stock) => `当事人作为“${stock}”董事，在买入后六个月内卖出公司股票，构成短线交易。`,
};

/** Invented company names for past cases: deliberately generic, 某 marks them as anonymised. */
const PAST_STOCKS = [
  '某科技',
  '某医药',
  '某电子',
  '某新材',
  '某能源',
  '某股份',
  '某智能',
  '某食品',
];

export function violationCaseRows(random: Random, repeatOffender: string | null): ViolationCase[] {
  const cityPicker = new WeightedPicker(CITIES.map((city) => city.weight));
  const cases: ViolationCase[] = [];
  for (const typology of TYPOLOGIES) {
    const count = random.int(2, 4);
    for (let i = 0; i < count; i++) {
      const stock = random.pick(PAST_STOCKS);
      const n = random.int(3, 30);
      const months = random.int(2, 14);
      const gains = Math.round(random.logNormal(3_000_000, 1.1) / 1000) * 1000;
      const row: ViolationCase = {
        id: '',
        typology,
        decided: addDays('2019-01-02', random.int(0, 2550)),
        region: CITIES[cityPicker.pick(random)]!.code,
        summary: `${SUMMARIES[typology](stock, n, months)}违法所得约${Math.round(gains / 10_000)}万元。`,
        penalty: gains * random.int(1, 4),
      };
      cases.push(row);
    }
  }
  if (repeatOffender !== null) {
    const precedent = cases.find((row) => row.typology === 'account_control');
    if (precedent !== undefined) precedent.accounts = [repeatOffender];
  }
  cases.sort((a, b) => (a.decided < b.decided ? -1 : a.decided > b.decided ? 1 : 0));
  return cases.map((row, i) => ({ ...row, id: `VC${String(i + 1).padStart(3, '0')}` }));
}
