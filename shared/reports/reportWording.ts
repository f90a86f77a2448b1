/**
 * The report's own wording and number formats in each report language (zh-CN in the formal style
 * of a bureau's documents, and English). The report language is chosen per report, apart from
 * the UI language, so these live with the drafting engine rather than in the UI's i18n.
 */
import type { TriageDisposition } from '../triage/disposition';
import type { Typology } from '../dictionary/types';
import type { ReportLanguage } from './documentModel';
import type { ReportSeverity } from './evidence';

export interface Wording {
  typology: Record<Typology, string>;
  disposition: Record<TriageDisposition | 'undisposed', string>;
  severity: Record<ReportSeverity, string>;
  action: Record<ReportSeverity, string>;
  caseStatus: Record<string, string>;
  list: (items: readonly string[]) => string;
  amount: (value: number) => string;
  shares: (value: number) => string;
  count: (value: number) => string;
  percent: (value: number) => string;
  price: (value: number) => string;
  date: (iso: string) => string;
  time: (iso: string) => string;
}

const TYPOLOGY_ZH: Record<Typology, string> = {
  continuous_trading: '连续交易操纵',
  matched_orders: '约定交易操纵',
  wash_trade: '自买自卖（对倒）',
  spoofing: '虚假申报操纵',
  marking_close: '尾市操纵',
  misleading_info: '蛊惑交易操纵',
  scalping: '抢帽子交易操纵',
  cross_market: '跨市场操纵',
  insider_trading: '内幕交易',
  front_running: '利用未公开信息交易',
  account_control: '实际控制关联账户',
  other: '其他违法违规行为',
};
const TYPOLOGY_EN: Record<Typology, string> = {
  continuous_trading: 'continuous trading manipulation',
  matched_orders: 'matched orders',
  wash_trade: 'wash trading',
  spoofing: 'spoofing',
  marking_close: 'marking the close',
  misleading_info: 'manipulation by misleading information',
  scalping: 'scalping',
  cross_market: 'cross-market manipulation',
  insider_trading: 'insider trading',
  front_running: 'trading on undisclosed information (front running)',
  account_control: 'control of related accounts',
  other: 'other misconduct',
};

/** Dates and times in the market's own zone (UTC+8), whatever the workstation's zone. */
function marketParts(iso: string): { date: string; time: string } {
  const at = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return { date: at.slice(0, 10), time: at.slice(11, 19) };
}

function numberFormat(language: ReportLanguage, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(language === 'zh-CN' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function wording(language: ReportLanguage): Wording {
  const money = numberFormat(language, 2);
  const whole = numberFormat(language, 0);
  const zh = language === 'zh-CN';
  return {
    typology: zh ? TYPOLOGY_ZH : TYPOLOGY_EN,
    disposition: zh
      ? {
          true_positive: '确认违规',
          false_positive: '排除',
          inconclusive: '待定',
          duplicate: '重复预警',
          undisposed: '未研判',
        }
      : {
          true_positive: 'confirmed',
          false_positive: 'dismissed',
          inconclusive: 'inconclusive',
          duplicate: 'duplicate',
          undisposed: 'not yet disposed',
        },
    severity: zh
      ? { critical: '特别严重', high: '严重', medium: '较重', low: '一般' }
      : { critical: 'critical', high: 'high', medium: 'medium', low: 'low' },
    action: zh
      ? {
          critical: '建议立即移送稽查部门立案调查，并对涉案账户采取限制交易措施。',
          high: '建议对涉案账户开展专项核查，约谈账户实际控制人及所属证券公司。',
          medium: '建议由证券公司开展现场核查并报送核查报告，持续监控相关账户。',
          low: '建议纳入日常监测，持续关注相关账户交易行为。',
        }
      : {
          critical:
            'Refer to the enforcement department for investigation at once and restrict trading in the accounts concerned.',
          high: 'Open a targeted review of the accounts and interview their controllers and brokers.',
          medium:
            'Have the brokers inspect the accounts on site and report back; keep the accounts under watch.',
          low: 'Keep the accounts under routine monitoring.',
        },
    caseStatus: zh
      ? { open: '在办', in_review: '审核中', closed: '已办结' }
      : { open: 'open', in_review: 'in review', closed: 'closed' },
    list: (items) => (zh ? items.join('、') : items.join(', ')),
    amount: (value) => (zh ? `${money.format(value)}元` : `CNY ${money.format(value)}`),
    shares: (value) => (zh ? `${whole.format(value)}股` : `${whole.format(value)} shares`),
    count: (value) => whole.format(value),
    percent: (value) => `${value >= 0 ? '+' : ''}${money.format(value * 100)}%`,
    price: (value) => money.format(value),
    date: (iso) => {
      const { date } = marketParts(iso.length === 10 ? `${iso}T00:00:00+08:00` : iso);
      if (!zh) return date;
      const [y, m, d] = date.split('-');
      return `${y}年${Number(m)}月${Number(d)}日`;
    },
    time: (iso) => {
      const { date, time } = marketParts(iso);
      return `${date} ${time}`;
    },
  };
}

export const WORDING: Record<ReportLanguage, Wording> = {
  'zh-CN': wording('zh-CN'),
  en: wording('en'),
};
