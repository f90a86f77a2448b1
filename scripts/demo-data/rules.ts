/** The sandbox's detection rules: one per typology, with the thresholds an examiner may question. */
import type { DetectionRule, Typology } from '../../shared/dictionary/types';

const RULE_CODES: Record<Typology, string> = {
  continuous_trading: 'CT',
  matched_orders: 'MO',
  wash_trade: 'WT',
  spoofing: 'SP',
  marking_close: 'MC',
  misleading_info: 'MI',
  scalping: 'SC',
  cross_market: 'CM',
  insider_trading: 'IT',
  front_running: 'FR',
  account_control: 'AC',
  other: 'OT',
};

export function ruleIdOf(typology: Typology): string {
  return `R-${RULE_CODES[typology]}-01`;
}

export function ruleRows(): DetectionRule[] {
  const rule = (
    typology: Typology,
    title: string,
    description: string,
    params: DetectionRule['params'],
  ): DetectionRule => ({
    id: ruleIdOf(typology),
    typology,
    title,
    description,
    params,
  });
  return [
    rule(
      'continuous_trading',
      '连续交易拉抬',
      '账户组在观察期内成交占比高且股价显著偏离同行业指数。',
      {
        window_days: 10,
        min_volume_share: 0.2,
        min_price_change: 0.15,
        min_active_days: 5,
      },
    ),
    rule('matched_orders', '约定交易', '不同持有人账户之间在相近时点以相同价格、数量相互成交。', {
      max_gap_seconds: 5,
      same_price: true,
      min_pairs: 6,
      min_pair_qty: 10_000,
    }),
    rule('wash_trade', '自买自卖/对倒', '同一控制人账户之间相互成交。', {
      max_gap_seconds: 3,
      min_group_trade_ratio: 0.3,
      min_shared_identifiers: 2,
    }),
    rule('spoofing', '虚假申报/频繁申报撤单', '大额申报在短时间内撤单，并伴随反向成交。', {
      cancel_window_seconds: 10,
      min_order_multiple: 5,
      min_cancel_ratio: 0.6,
      opposite_fill_window_seconds: 30,
    }),
    rule('marking_close', '尾市拉抬', '收盘前集中申报买入，抬高收盘价。', {
      marking_close_minutes: 10,
      min_close_impact: 0.02,
      min_days: 3,
      min_closing_buy_share: 0.5,
    }),
    rule('misleading_info', '蛊惑交易', '信息发布前建仓、发布后股价异动期间反向卖出。', {
      pre_event_days: 5,
      post_event_days: 3,
      min_event_return: 0.1,
    }),
    rule('scalping', '抢帽子交易', '公开荐股前买入、荐股后短期内卖出。', {
      recommendation_lag_days: 1,
      min_round_trips: 2,
      max_holding_days: 2,
    }),
    rule('cross_market', '跨市场操纵', '关联证券在不同市场之间的价格联动交易。', {
      related_by: 'group',
      event_window_days: 5,
      min_volume_share: 0.05,
    }),
    rule('insider_trading', '内幕交易', '内幕信息敏感期内知情人或其关联账户异常交易。', {
      lookback_days: 30,
      min_abnormal_return: 0.05,
      relations: ['officer', 'relative', 'advisor'],
      follow_fund_flows: true,
    }),
    rule('front_running', '利用未公开信息交易', '个人账户在产品账户大额交易前同向交易同一证券。', {
      lead_minutes: 60,
      min_occurrences: 3,
      same_direction: true,
    }),
    rule(
      'account_control',
      '实际控制关联账户',
      '账户共用设备、银行卡、联系方式或资金同源，且交易协同。',
      {
        min_shared_identifiers: 2,
        identifier_kinds: ['device', 'mac', 'phone', 'bank_card', 'email'],
        co_trading_window_minutes: 15,
        min_cluster_size: 3,
      },
    ),
    rule('other', '短线交易', '董事、监事、高级管理人员及持股5%以上股东六个月内买入又卖出。', {
      holding_months: 6,
      relations: ['officer', 'relative'],
    }),
  ];
}
