/**
 * The generators of case reports and lead referrals: each turns the case's evidence into the
 * blocks of one section, every figure and sentence marked with its provenance record.
 */
import type { Instrument, MarketBar, Trade } from '../dictionary/types';
import {
  barsByInstrument,
  accountGroups,
  accountTies,
  caseSelection,
  marketDate,
  priceImpact,
  severityRank,
  TradeIndex,
  tradeTotals,
  typologyGroups,
  type Tie,
  type TradeSelection,
  type TypologyGroup,
} from './caseFigures';
import type { DocNode, Inline, ReportLanguage } from './documentModel';
import { bulletList, heading, image, paragraph, table } from './documentModel';
import type { CaseEvidence, CollectedSnapshot, EvidenceAlert } from './evidence';
import type { ProvenanceCell, ProvenanceCollector, ProvenanceRecord } from './provenance';
import { MAX_ROWS } from './provenance';
import type { Wording } from './reportWording';
import { graphSnapshotSvg, priceChartSvg, svgDataUrl } from './svgCharts';
import type { CaseGenerator } from './templates';

export interface CaseDraftContext {
  evidence: CaseEvidence;
  trades: TradeIndex;
  /** The case's instruments by code (labels are looked up once per figure). */
  instruments: Map<string, Instrument>;
  bars: Map<string, MarketBar[]>;
  /** The ties among the case's accounts, worked out once for every section that needs them. */
  ties: () => { accounts: string[]; ties: Tie[] };
  language: ReportLanguage;
  w: Wording;
  groups: TypologyGroup[];
  /** The provenance of every other section, for the evidence index. */
  otherProvenance: () => ProvenanceRecord[];
}

export function caseDraftContext(
  evidence: CaseEvidence,
  language: ReportLanguage,
  w: Wording,
  otherProvenance: () => ProvenanceRecord[],
): CaseDraftContext {
  let ties: { accounts: string[]; ties: Tie[] } | null = null;
  return {
    evidence,
    trades: new TradeIndex(evidence.trades),
    instruments: new Map(evidence.instruments.map((i) => [i.code, i])),
    bars: barsByInstrument(evidence.marketBars),
    ties: () => {
      if (ties === null) {
        const accounts = caseSelection(evidence)?.accounts ?? evidence.case.accountIds;
        ties = { accounts, ties: accountTies(evidence, accounts) };
      }
      return ties;
    },
    language,
    w,
    groups: typologyGroups(evidence),
    otherProvenance,
  };
}

type SectionDraft = (ctx: CaseDraftContext, p: ProvenanceCollector) => DocNode[];

const GRAPH_NODES = 40;

const TRADE_COLUMNS = ['id', 'account', 'counterparty', 'instrument', 'ts', 'side', 'price', 'qty'];
/**
 * The rows a record shows: only the first MAX_ROWS are ever kept, so only they are mapped; the
 * figures of one selection share its trades array, and so share one set of rows.
 */
const shownRows = new WeakMap<readonly Trade[], ProvenanceCell[][]>();
const tradeRows = (trades: readonly Trade[]): ProvenanceCell[][] => {
  let rows = shownRows.get(trades);
  if (!rows) {
    rows = trades.slice(0, MAX_ROWS).map(tradeRow);
    shownRows.set(trades, rows);
  }
  return rows;
};
const tradeRow = (t: Trade): ProvenanceCell[] => [
  t.id,
  t.account,
  t.counterparty ?? null,
  t.instrument,
  t.ts,
  t.side,
  t.price,
  t.qty,
];
const ALERT_COLUMNS = [
  'id',
  'typology',
  'score',
  'accounts',
  'instruments',
  'window.from',
  'window.to',
];
const alertRow = (a: EvidenceAlert): ProvenanceCell[] => [
  a.key,
  a.typology,
  a.score,
  a.accounts.join(' '),
  a.instruments.join(' '),
  a.window.from,
  a.window.to,
];

function describeTrades(selection: TradeSelection): string {
  return `trades where account in (${selection.accounts.join(', ')}) and instrument in (${selection.instruments.join(', ')}) and ts between ${selection.from} and ${selection.to}`;
}

function tradeFigure(
  p: ProvenanceCollector,
  selection: TradeSelection,
  trades: Trade[],
  keys: readonly string[],
  compute: string,
  value: string,
): Inline {
  const id = p.add(
    {
      table: 'trades',
      description: `${describeTrades(selection)}; ${compute}`,
      filter: { ...selection },
      compute,
    },
    value,
    TRADE_COLUMNS,
    tradeRows(trades),
    keys,
  );
  return { text: value, provenance: id };
}

function alertFigure(
  p: ProvenanceCollector,
  alerts: EvidenceAlert[],
  compute: string,
  value: string,
): Inline {
  const id = p.add(
    {
      table: 'alerts',
      description: `alerts where key in (${alerts.map((a) => a.key).join(', ')}); ${compute}`,
      filter: { key: alerts.map((a) => a.key) },
      compute,
    },
    value,
    ALERT_COLUMNS,
    alerts.map(alertRow),
    alerts.map((a) => a.key),
  );
  return { text: value, provenance: id };
}

function instrumentLabel(ctx: CaseDraftContext, code: string): string {
  const found = ctx.instruments.get(code);
  return found
    ? `${found.name}（${code}）`
        .replace('（', ctx.language === 'en' ? ' (' : '（')
        .replace('）', ctx.language === 'en' ? ')' : '）')
    : code;
}

const zh = (ctx: CaseDraftContext) => ctx.language === 'zh-CN';

const basicFacts: SectionDraft = (ctx, p) => {
  const { evidence, w } = ctx;
  const selection = caseSelection(evidence);
  const datasetRows = evidence.datasets.map(
    (d) => [d.id, d.version, d.manifestHash, d.period.from, d.period.to] as ProvenanceCell[],
  );
  const datasetsId = p.add(
    {
      table: 'datasets',
      description: 'datasets read for this case: current version and manifest hash',
      filter: {},
      compute: 'list',
    },
    evidence.datasets.map((d) => `${d.id} v${d.version}`).join(', '),
    ['id', 'version', 'manifestHash', 'period.from', 'period.to'],
    datasetRows,
    evidence.datasets.map((d) => `${d.id}#${d.version}`),
  );
  const alertsFig = alertFigure(p, evidence.alerts, 'count', w.count(evidence.alerts.length));
  const accounts = selection?.accounts ?? evidence.case.accountIds;
  const accountsId = p.add(
    {
      table: 'cases',
      description: `case ${evidence.case.id}: accounts named by the case and its alerts`,
      filter: { case: evidence.case.id },
      compute: 'count distinct account',
    },
    w.count(accounts.length),
    ['account'],
    accounts.map((a) => [a]),
    accounts,
  );
  const instruments = selection?.instruments ?? [];
  const typologies = ctx.groups.map((g) => w.typology[g.typology]);
  const blocks: DocNode[] = [];
  const period: Inline[] = selection
    ? [
        alertFigure(p, evidence.alerts, 'min(window.from)', w.date(selection.from)),
        zh(ctx) ? '至' : ' to ',
        alertFigure(p, evidence.alerts, 'max(window.to)', w.date(selection.to)),
      ]
    : ['—'];
  blocks.push(
    paragraph(
      zh(ctx)
        ? [
            '本报告针对案件“',
            evidence.case.title,
            '”（编号 ',
            evidence.case.id,
            '），依据监管数据沙箱数据集 ',
            {
              text: evidence.datasets.map((d) => `${d.id} 第${d.version}版`).join('、'),
              provenance: datasetsId,
            },
            '，对涉案 ',
            { text: w.count(accounts.length), provenance: accountsId },
            ' 个账户在 ',
            w.list(instruments.map((c) => instrumentLabel(ctx, c))),
            ' 上于 ',
            ...period,
            ' 期间的交易情况进行了分析。',
          ]
        : [
            'This report concerns the case "',
            evidence.case.title,
            '" (',
            evidence.case.id,
            '). From the sandbox datasets ',
            {
              text: evidence.datasets.map((d) => `${d.id} version ${d.version}`).join(', '),
              provenance: datasetsId,
            },
            ' it analyses the trading of ',
            { text: w.count(accounts.length), provenance: accountsId },
            ' accounts in ',
            w.list(instruments.map((c) => instrumentLabel(ctx, c))),
            ' from ',
            ...period,
            '.',
          ],
    ),
    paragraph(
      zh(ctx)
        ? ['本案共汇集预警 ', alertsFig, ' 条，涉及违规类型：', w.list(typologies), '。']
        : [
            'The case gathers ',
            alertsFig,
            ' alerts, of these typologies: ',
            w.list(typologies),
            '.',
          ],
    ),
    table(
      zh(ctx)
        ? ['数据集', '版本', '数据期间', '清单哈希（SHA-256）']
        : ['Dataset', 'Version', 'Period', 'Manifest hash (SHA-256)'],
      evidence.datasets.map((d) => [
        d.title || d.id,
        String(d.version),
        `${d.period.from} – ${d.period.to}`,
        { text: d.manifestHash, provenance: datasetsId },
      ]),
    ),
  );
  return blocks;
};

/** A typology named as a heading: English wording names it in lower case, for use mid-sentence. */
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const findings: SectionDraft = (ctx, p) => {
  const { w } = ctx;
  const blocks: DocNode[] = [];
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
  ctx.groups.forEach((group, index) => {
    const { selection } = group;
    const trades = ctx.trades.select(selection);
    const keys = trades.map((t) => t.id);
    const totals = tradeTotals(trades);
    blocks.push(
      heading(
        3,
        zh(ctx)
          ? `（${numerals[index] ?? index + 1}）${w.typology[group.typology]}`
          : `${String.fromCharCode(97 + index)}) ${capitalized(w.typology[group.typology])}`,
      ),
    );
    const sentence = p.add(
      {
        table: 'trades',
        description: describeTrades(selection),
        filter: { ...selection },
        compute: 'rows',
      },
      `${totals.count}`,
      TRADE_COLUMNS,
      tradeRows(trades),
      keys,
    );
    const fig = (compute: string, value: string) =>
      tradeFigure(p, selection, trades, keys, compute, value);
    const accounts = selection.accounts.join(zh(ctx) ? '、' : ', ');
    const instruments = w.list(selection.instruments.map((c) => instrumentLabel(ctx, c)));
    blocks.push(
      paragraph(
        zh(ctx)
          ? [
              w.date(selection.from),
              '至',
              w.date(selection.to),
              '期间，账户 ',
              accounts,
              ' 在 ',
              instruments,
              ' 上共成交 ',
              fig('count(*)', w.count(totals.count)),
              ' 笔，成交量 ',
              fig('sum(qty)', w.shares(totals.volume)),
              '，成交金额 ',
              fig('sum(price*qty)', w.amount(totals.amount)),
              '（其中买入 ',
              fig("sum(price*qty) where side='B'", w.amount(totals.buyAmount)),
              '，卖出 ',
              fig("sum(price*qty) where side='S'", w.amount(totals.sellAmount)),
              '）。',
            ]
          : [
              'From ',
              w.date(selection.from),
              ' to ',
              w.date(selection.to),
              ' the accounts ',
              accounts,
              ' traded ',
              fig('count(*)', w.count(totals.count)),
              ' times in ',
              instruments,
              ': ',
              fig('sum(qty)', w.shares(totals.volume)),
              ' for ',
              fig('sum(price*qty)', w.amount(totals.amount)),
              ' (bought ',
              fig("sum(price*qty) where side='B'", w.amount(totals.buyAmount)),
              ', sold ',
              fig("sum(price*qty) where side='S'", w.amount(totals.sellAmount)),
              ').',
            ],
        sentence,
      ),
    );
    for (const code of selection.instruments) {
      const impact = priceImpact(ctx.bars.get(code) ?? [], code, selection.from, selection.to);
      if (!impact) continue;
      const id = p.add(
        {
          table: 'market_bars',
          description: `market_bars where instrument = ${code} and date in (${impact.before.date}, ${impact.after.date}); close(${impact.after.date}) / close(${impact.before.date}) - 1`,
          filter: { instrument: code, date: [impact.before.date, impact.after.date] },
          compute: 'close_after / close_before - 1',
        },
        w.percent(impact.change),
        ['instrument', 'date', 'open', 'close', 'volume'],
        [impact.before, impact.after].map((b) => [b.instrument, b.date, b.open, b.close, b.volume]),
        [`${code}|${impact.before.date}`, `${code}|${impact.after.date}`],
      );
      blocks.push(
        paragraph(
          zh(ctx)
            ? [
                '同期 ',
                instrumentLabel(ctx, code),
                ' 收盘价由 ',
                w.price(impact.before.close),
                ' 元变动至 ',
                w.price(impact.after.close),
                ' 元，区间涨跌幅 ',
                { text: w.percent(impact.change), provenance: id },
                '。',
              ]
            : [
                'Over the period the close of ',
                instrumentLabel(ctx, code),
                ' moved from ',
                w.price(impact.before.close),
                ' to ',
                w.price(impact.after.close),
                ', a change of ',
                { text: w.percent(impact.change), provenance: id },
                '.',
              ],
          id,
        ),
      );
    }
    blocks.push(
      bulletList(
        group.alerts.map((alert) => {
          const id = p.add(
            {
              table: 'alerts',
              description: `alerts where key = ${alert.key}`,
              filter: { key: alert.key },
              compute: 'summary',
            },
            alert.id,
            ALERT_COLUMNS,
            [alertRow(alert)],
            [alert.key],
          );
          return zh(ctx)
            ? [
                {
                  text: `预警 ${alert.id}（评分 ${alert.score.toFixed(2)}）：${alert.summary}`,
                  provenance: id,
                  kind: 'sentence' as const,
                },
              ]
            : [
                {
                  text: `Alert ${alert.id} (score ${alert.score.toFixed(2)}): ${alert.summary}`,
                  provenance: id,
                  kind: 'sentence' as const,
                },
              ];
        }),
      ),
    );
  });
  if (blocks.length === 0)
    blocks.push(
      paragraph([
        zh(ctx) ? '本案尚无未被排除的预警。' : 'The case has no alert that was not dismissed.',
      ]),
    );
  return blocks;
};

const TIE_LABEL = {
  'zh-CN': { identifier: '共用标识', transfer: '资金往来', counterparty: '相互成交' },
  en: {
    identifier: 'shared identifier',
    transfer: 'fund flow',
    counterparty: 'trades with each other',
  },
} as const;

function tieProvenance(p: ProvenanceCollector, tie: Tie): string {
  const table =
    tie.kind === 'identifier' ? 'identifiers' : tie.kind === 'transfer' ? 'transfers' : 'trades';
  return p.add(
    {
      table,
      description: `${table} tying ${tie.accounts.join(', ')}: ${tie.detail}`,
      filter: { accounts: tie.accounts },
      compute: tie.kind,
    },
    tie.detail,
    ['key'],
    tie.rowKeys.map((k) => [k]),
    tie.rowKeys,
  );
}

const SNAPSHOT_KIND = {
  'zh-CN': { map: '地图', chart: '图表', graph: '关联图谱' },
  en: { map: 'map', chart: 'chart', graph: 'graph' },
} as const;

/**
 * The case's collected snapshots of these kinds, each with a caption whose provenance names the
 * page, the view's parameters, who took it and when (and the graph's node and tie list).
 */
function collectedSnapshots(
  ctx: CaseDraftContext,
  p: ProvenanceCollector,
  kinds: readonly CollectedSnapshot['kind'][],
): DocNode[] {
  const shots = (ctx.evidence.snapshots ?? []).filter((shot) => kinds.includes(shot.kind));
  if (shots.length === 0) return [];
  const blocks: DocNode[] = [
    heading(3, zh(ctx) ? '案件中收集的截图' : 'Snapshots collected in the case'),
  ];
  for (const shot of shots) {
    const parameters = shot.provenance.parameters ?? {};
    const id = p.add(
      {
        table: 'evidence',
        description: `${shot.kind} snapshot taken on the ${shot.provenance.view} page by ${shot.createdBy} at ${shot.createdAt}`,
        filter: {
          evidence: shot.id,
          view: shot.provenance.view,
          ...(shot.provenance.dataset ? { dataset: shot.provenance.dataset } : {}),
          ...(shot.provenance.subjects ? { subjects: shot.provenance.subjects } : {}),
          ...parameters,
        },
        compute: 'snapshot',
      },
      shot.title,
      ['parameter', 'value'],
      Object.entries(parameters).map(([key, value]) => [
        key,
        typeof value === 'string' || typeof value === 'number' ? value : JSON.stringify(value),
      ]),
      [shot.id],
    );
    const kind = SNAPSHOT_KIND[ctx.language][shot.kind];
    blocks.push(
      image(shot.image, shot.title),
      paragraph(
        zh(ctx)
          ? [
              { text: `${kind}截图：${shot.title}`, provenance: id, kind: 'sentence' },
              `（${shot.createdBy} 于 ${shot.createdAt.slice(0, 10)} 截取）。`,
            ]
          : [
              { text: `${kind} snapshot: ${shot.title}`, provenance: id, kind: 'sentence' },
              ` (taken by ${shot.createdBy} on ${shot.createdAt.slice(0, 10)}).`,
            ],
      ),
    );
  }
  return blocks;
}

const relatedAccounts: SectionDraft = (ctx, p) => [
  ...relatedAccountFigures(ctx, p),
  ...collectedSnapshots(ctx, p, ['graph']),
];

const tradingAnalysis: SectionDraft = (ctx, p) => [
  ...tradingFigures(ctx, p),
  ...collectedSnapshots(ctx, p, ['map', 'chart']),
];

const relatedAccountFigures: SectionDraft = (ctx, p) => {
  const { w } = ctx;
  const { accounts, ties } = ctx.ties();
  const labels = TIE_LABEL[ctx.language];
  const count = (kind: Tie['kind']) => ties.filter((t) => t.kind === kind).length;
  const edges = ties.flatMap((tie) => {
    const kind = ['identifier', 'transfer', 'counterparty'].indexOf(tie.kind);
    return tie.accounts.flatMap((from, i) =>
      tie.accounts.slice(i + 1).map((to) => ({ from, to, kind })),
    );
  });
  // A snapshot stays readable: the accounts with the most ties, at most GRAPH_NODES of them.
  const degree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  const shown =
    accounts.length <= GRAPH_NODES
      ? accounts
      : [...accounts]
          .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0))
          .slice(0, GRAPH_NODES)
          .sort();
  const shownSet = new Set(shown);
  const graph = graphSnapshotSvg(
    shown,
    edges.filter((edge) => shownSet.has(edge.from) && shownSet.has(edge.to)),
    [labels.identifier, labels.transfer, labels.counterparty],
  );
  const tiesId = p.add(
    {
      table: 'identifiers, transfers, trades',
      description: `ties among accounts (${accounts.join(', ')}): identifiers with one value_hash on two or more, transfers between them or from one source to two or more, trades with each other`,
      filter: { accounts },
      compute: 'ties',
    },
    String(ties.length),
    ['kind', 'accounts', 'detail'],
    ties.map((t) => [t.kind, t.accounts.join(' '), t.detail]),
    ties.flatMap((t) => t.rowKeys),
  );
  const groups = accountGroups(accounts, ties);
  return [
    paragraph(
      zh(ctx)
        ? [
            '经比对账户标识、资金往来与成交对手，涉案 ',
            w.count(accounts.length),
            ' 个账户之间共发现关联 ',
            { text: w.count(ties.length), provenance: tiesId },
            ' 项，其中共用标识 ',
            w.count(count('identifier')),
            ' 项、资金往来 ',
            w.count(count('transfer')),
            ' 项、相互成交 ',
            w.count(count('counterparty')),
            ' 项，可归为 ',
            w.count(groups.length),
            ' 个账户组。',
          ]
        : [
            'Comparing identifiers, fund flows and counterparties, the ',
            w.count(accounts.length),
            ' accounts show ',
            { text: w.count(ties.length), provenance: tiesId },
            ' ties: ',
            w.count(count('identifier')),
            ' shared identifiers, ',
            w.count(count('transfer')),
            ' fund flows and ',
            w.count(count('counterparty')),
            ' sets of trades with each other; they form ',
            w.count(groups.length),
            ' account groups.',
          ],
      tiesId,
    ),
    image(
      svgDataUrl(graph),
      zh(ctx)
        ? `关联账户图谱快照${shown.length < accounts.length ? `（关联最多的 ${shown.length} 个账户，共 ${accounts.length} 个）` : ''}`
        : `Related-account graph snapshot${shown.length < accounts.length ? ` (the ${shown.length} most tied of ${accounts.length} accounts)` : ''}`,
    ),
    table(
      zh(ctx) ? ['关联类型', '账户', '证据'] : ['Tie', 'Accounts', 'Evidence'],
      ties.slice(0, 60).map((tie) => {
        const detail =
          tie.kind === 'transfer' && tie.amount !== undefined
            ? `${tie.detail} · ${w.amount(tie.amount)}`
            : tie.kind === 'counterparty'
              ? zh(ctx)
                ? `${tie.detail} 笔`
                : `${tie.detail} trades`
              : tie.detail;
        return [
          labels[tie.kind],
          tie.accounts.join(zh(ctx) ? '、' : ', '),
          { text: detail, provenance: tieProvenance(p, tie) },
        ];
      }),
    ),
  ];
};

const tradingFigures: SectionDraft = (ctx, p) => {
  const { evidence, w } = ctx;
  const selection = caseSelection(evidence);
  if (!selection)
    return [paragraph([zh(ctx) ? '本案无可分析的交易。' : 'The case has no trading to analyse.'])];
  const blocks: DocNode[] = [];
  for (const code of selection.instruments.slice(0, 6)) {
    const bars = ctx.bars.get(code) ?? [];
    const accounts = new Set(selection.accounts);
    const byDay = new Map<string, { buy: number; sell: number; trades: Trade[] }>();
    for (const { trade: t, day } of ctx.trades.ofInstrument(code)) {
      if (!accounts.has(t.account)) continue;
      const entry = byDay.get(day) ?? { buy: 0, sell: 0, trades: [] };
      if (t.side === 'B') entry.buy += t.qty;
      else entry.sell += t.qty;
      entry.trades.push(t);
      byDay.set(day, entry);
    }
    const from = marketDate(selection.from);
    const to = marketDate(selection.to);
    const svg = priceChartSvg(
      instrumentLabel(ctx, code),
      bars.map((b) => ({
        date: b.date,
        close: b.close,
        net: (byDay.get(b.date)?.buy ?? 0) - (byDay.get(b.date)?.sell ?? 0),
      })),
      { from, to },
      zh(ctx)
        ? { close: '收盘价', net: '涉案账户净买入' }
        : { close: 'close', net: 'case accounts net bought' },
    );
    blocks.push(
      heading(3, instrumentLabel(ctx, code)),
      image(
        svgDataUrl(svg),
        zh(ctx)
          ? `${instrumentLabel(ctx, code)} 价格与涉案账户交易`
          : `${instrumentLabel(ctx, code)}: price and the case accounts' trading`,
      ),
    );
    const days = bars.filter((b) => b.date >= from && b.date <= to && byDay.has(b.date));
    if (days.length === 0) continue;
    blocks.push(
      table(
        zh(ctx)
          ? ['交易日', '买入', '卖出', '市场成交量', '涉案账户占比']
          : ['Day', 'Bought', 'Sold', 'Market volume', 'Share of the case accounts'],
        days.map((bar) => {
          const day = byDay.get(bar.date)!;
          const dayTrades = day.trades;
          const share = bar.volume > 0 ? (day.buy + day.sell) / bar.volume : 0;
          const id = p.add(
            {
              table: 'trades, market_bars',
              description: `trades of (${selection.accounts.join(', ')}) in ${code} on ${bar.date}; (sum(qty where B) + sum(qty where S)) / market_bars.volume`,
              filter: { instrument: code, date: bar.date, accounts: selection.accounts },
              compute: 'share of volume',
            },
            w.percent(share).replace('+', ''),
            TRADE_COLUMNS,
            tradeRows(dayTrades),
            dayTrades.map((t) => t.id),
          );
          return [
            bar.date,
            w.shares(day.buy),
            w.shares(day.sell),
            w.shares(bar.volume),
            { text: w.percent(share).replace('+', ''), provenance: id },
          ];
        }),
      ),
    );
  }
  return blocks;
};

const insiderTimeline: SectionDraft = (ctx, p) => {
  const { evidence, w } = ctx;
  const selection = caseSelection(evidence);
  const accounts = new Set(selection?.accounts ?? []);
  const relevant = evidence.events.filter(
    (event) =>
      selection?.instruments.includes(event.instrument) &&
      (evidence.insiders.some((i) => i.event === event.id && accounts.has(i.account)) ||
        ctx.groups.some((g) =>
          ['insider_trading', 'front_running', 'misleading_info', 'scalping', 'other'].includes(
            g.typology,
          ),
        )) &&
      Date.parse(event.public_ts) >= Date.parse(selection.from) - 30 * 86_400_000 &&
      Date.parse(event.sensitive_from) <= Date.parse(selection.to),
  );
  if (relevant.length === 0)
    return [
      paragraph([
        zh(ctx)
          ? '本案涉及证券在分析期间无与涉案账户相关的重大事项，不适用内幕信息时间线。'
          : 'No price-sensitive event relates to the case accounts in the period; no insider timeline applies.',
      ]),
    ];
  const rows: { at: string; what: Inline[] }[] = [];
  for (const event of relevant) {
    const insiders = evidence.insiders.filter((i) => i.event === event.id);
    const eventId = p.add(
      {
        table: 'events, insiders',
        description: `events where id = ${event.id}; insiders of it`,
        filter: { event: event.id },
        compute: 'timeline',
      },
      event.title,
      ['event', 'instrument', 'sensitive_from', 'public_ts', 'insider', 'relation'],
      insiders.length > 0
        ? insiders.map((i) => [
            event.id,
            event.instrument,
            event.sensitive_from,
            event.public_ts,
            i.account,
            i.relation,
          ])
        : [[event.id, event.instrument, event.sensitive_from, event.public_ts, null, null]],
      [event.id, ...insiders.map((i) => `${i.event}|${i.account}`)],
    );
    rows.push({
      at: event.sensitive_from,
      what: [
        zh(ctx) ? '内幕信息形成：' : 'Inside information arises: ',
        { text: event.title, provenance: eventId },
        insiders.length > 0
          ? zh(ctx)
            ? `（知情人：${insiders.map((i) => i.account).join('、')}）`
            : ` (insiders: ${insiders.map((i) => i.account).join(', ')})`
          : '',
      ],
    });
    rows.push({
      at: event.public_ts,
      what: [zh(ctx) ? '信息公开：' : 'Made public: ', { text: event.title, provenance: eventId }],
    });
    const sensitiveFrom = Date.parse(event.sensitive_from);
    const publicAt = Date.parse(event.public_ts);
    const inside = ctx.trades
      .ofInstrument(event.instrument)
      .filter((e) => accounts.has(e.trade.account) && e.ms >= sensitiveFrom && e.ms < publicAt)
      .map((e) => e.trade);
    if (inside.length > 0) {
      const totals = tradeTotals(inside);
      const id = p.add(
        {
          table: 'trades',
          description: `trades of case accounts in ${event.instrument} between ${event.sensitive_from} and ${event.public_ts}; sum(price*qty)`,
          filter: { instrument: event.instrument, from: event.sensitive_from, to: event.public_ts },
          compute: 'sum(price*qty)',
        },
        w.amount(totals.amount),
        TRADE_COLUMNS,
        tradeRows(inside),
        inside.map((t) => t.id),
      );
      rows.push({
        at: inside[0]!.ts,
        what: zh(ctx)
          ? [
              '敏感期内涉案账户交易 ',
              w.count(totals.count),
              ' 笔，金额 ',
              { text: w.amount(totals.amount), provenance: id },
            ]
          : [
              'Case accounts trade ',
              w.count(totals.count),
              ' times in the sensitive period, for ',
              { text: w.amount(totals.amount), provenance: id },
            ],
      });
    }
  }
  rows.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return [
    table(
      zh(ctx) ? ['时间', '事项'] : ['Time', 'What'],
      rows.map((r) => [w.time(r.at), r.what]),
    ),
  ];
};

const dispositions: SectionDraft = (ctx, p) => {
  const { evidence, w } = ctx;
  const notes = new Map(evidence.annotations.map((a) => [a.alertKey, a]));
  const annotated = evidence.alerts.filter((a) => notes.get(a.key)?.disposition);
  const id = p.add(
    {
      table: 'annotations',
      description: `annotations where alert in the case's alerts (${evidence.alerts.length})`,
      filter: { alerts: evidence.alerts.map((a) => a.key) },
      compute: 'count(disposition not null)',
    },
    w.count(annotated.length),
    ['alert', 'disposition', 'severity', 'author', 'updatedAt', 'note'],
    evidence.annotations.map((a) => [
      a.alertKey,
      a.disposition,
      a.severity,
      a.author,
      a.updatedAt,
      a.note,
    ]),
    evidence.annotations.map((a) => a.alertKey),
  );
  return [
    paragraph(
      zh(ctx)
        ? [
            '本案 ',
            w.count(evidence.alerts.length),
            ' 条预警中，已研判 ',
            { text: w.count(annotated.length), provenance: id },
            ' 条。',
          ]
        : [
            "Of the case's ",
            w.count(evidence.alerts.length),
            ' alerts, ',
            { text: w.count(annotated.length), provenance: id },
            ' have been disposed of.',
          ],
      id,
    ),
    table(
      zh(ctx)
        ? ['预警', '研判结论', '严重程度', '研判人', '意见']
        : ['Alert', 'Disposition', 'Severity', 'Analyst', 'Note'],
      evidence.alerts.map((alert) => {
        const note = notes.get(alert.key);
        return [
          alert.id,
          w.disposition[note?.disposition ?? 'undisposed'],
          note?.severity ? w.severity[note.severity] : '—',
          note?.author ?? '—',
          note?.note || '—',
        ];
      }),
    ),
  ];
};

const recommendations: SectionDraft = (ctx) => {
  const { w } = ctx;
  const groups = [...ctx.groups].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity),
  );
  if (groups.length === 0)
    return [paragraph([zh(ctx) ? '暂无处理建议。' : 'No action is recommended.'])];
  return [
    bulletList(
      groups.map((group) => [
        zh(ctx)
          ? `【${w.severity[group.severity]}】${w.typology[group.typology]}（账户 ${group.selection.accounts.join('、')}）：${w.action[group.severity]}`
          : `[${w.severity[group.severity]}] ${w.typology[group.typology]} (accounts ${group.selection.accounts.join(', ')}): ${w.action[group.severity]}`,
      ]),
    ),
  ];
};

const annexAlerts: SectionDraft = (ctx, p) => {
  const { evidence, w } = ctx;
  return [
    table(
      zh(ctx)
        ? ['预警编号', '类型', '评分', '账户', '证券', '时间窗口', '模型']
        : ['Alert', 'Typology', 'Score', 'Accounts', 'Instruments', 'Window', 'Model'],
      evidence.alerts.map((alert) => [
        alertFigure(p, [alert], 'row', alert.id),
        w.typology[alert.typology],
        alert.score.toFixed(2),
        alert.accounts.join(' '),
        alert.instruments.join(' '),
        `${w.time(alert.window.from)} – ${w.time(alert.window.to)}`,
        alert.model,
      ]),
    ),
  ];
};

const annexEvidence: SectionDraft = (ctx) => {
  const records = ctx.otherProvenance();
  const sources = [...new Set(records.flatMap((r) => r.sources))];
  return [
    paragraph([zh(ctx) ? '数据来源：' : 'Sources: ', sources.join('; ') || '—']),
    table(
      zh(ctx) ? ['编号', '数值', '查询', '行数'] : ['No.', 'Value', 'Query', 'Rows'],
      records.map((r) => [
        { text: r.id, provenance: r.id },
        r.value.length > 80 ? `${r.value.slice(0, 80)}…` : r.value,
        r.query.description.length > 200
          ? `${r.query.description.slice(0, 200)}…`
          : r.query.description,
        String(r.rowCount),
      ]),
    ),
  ];
};

const referralParties: SectionDraft = (ctx, p) => {
  const { evidence } = ctx;
  const { accounts, ties } = ctx.ties();
  const groups = accountGroups(accounts, ties);
  const accountsById = new Map(evidence.accounts.map((a) => [a.id, a]));
  const brokersById = new Map(evidence.brokers.map((b) => [b.id, b]));
  const blocks: DocNode[] = [];
  groups.forEach((group, index) => {
    blocks.push(
      heading(
        3,
        zh(ctx)
          ? `账户组 ${index + 1}（${group.length} 个账户）`
          : `Account group ${index + 1} (${group.length} accounts)`,
      ),
    );
    blocks.push(
      table(
        zh(ctx)
          ? ['账户', '持有人', '证件号码', '证券公司', '开户日期', '风险等级']
          : ['Account', 'Holder', 'ID number', 'Broker', 'Opened', 'Risk level'],
        group.map((id) => {
          const account = accountsById.get(id);
          const broker = account ? brokersById.get(account.broker) : undefined;
          const ref = p.add(
            {
              table: 'accounts',
              description: `accounts where id = ${id}`,
              filter: { id },
              compute: 'row',
            },
            id,
            ['id', 'broker', 'branch', 'region', 'holder_masked', 'opened', 'risk_level', 'status'],
            account
              ? [
                  [
                    account.id,
                    account.broker,
                    account.branch,
                    account.region,
                    account.holder_masked,
                    account.opened,
                    account.risk_level,
                    account.status,
                  ],
                ]
              : [],
            [id],
          );
          return [
            { text: id, provenance: ref },
            account?.holder_masked ?? '—',
            account?.id_number_masked ?? '—',
            broker?.name ?? account?.broker ?? '—',
            account?.opened ?? '—',
            account?.risk_level ?? '—',
          ];
        }),
      ),
    );
  });
  return blocks;
};

const referralThresholds: SectionDraft = (ctx, p) => {
  const { evidence, w } = ctx;
  const items: Inline[][] = [];
  for (const alert of evidence.alerts) {
    const rule = evidence.rules.find((r) => r.id === alert.rule);
    const features = alert.features.map((f) => `${f.name} = ${JSON.stringify(f.value)}`).join('; ');
    const id = p.add(
      {
        table: 'alerts, rules',
        description: `alerts where key = ${alert.key}; rules where id = ${alert.rule ?? '—'}`,
        filter: { alert: alert.key, rule: alert.rule ?? null },
        compute: 'features vs params',
      },
      features,
      ['alert', 'feature', 'value', 'contribution'],
      alert.features.map((f) => [alert.key, f.name, JSON.stringify(f.value), f.contribution]),
      [alert.key, ...(rule ? [rule.id] : [])],
    );
    const ruleText = rule
      ? zh(ctx)
        ? `，触发规则 ${rule.id}（${rule.title}），规则参数：${JSON.stringify(rule.params)}`
        : `; rule ${rule.id} (${rule.title}) fired, its parameters: ${JSON.stringify(rule.params)}`
      : zh(ctx)
        ? `，由模型 ${alert.model} 识别`
        : `; flagged by the model ${alert.model}`;
    items.push([
      `${alert.id}（${w.typology[alert.typology]}，${alert.score.toFixed(2)}）：`
        .replace('（', zh(ctx) ? '（' : ' (')
        .replace('）：', zh(ctx) ? '）：' : '): ')
        .replace('，', zh(ctx) ? '，' : ', '),
      { text: features, provenance: id },
      ruleText,
    ]);
  }
  return items.length > 0 ? [bulletList(items)] : [paragraph(['—'])];
};

const referralConduct: SectionDraft = (ctx, p) => findings(ctx, p);

export const CASE_SECTIONS: Record<CaseGenerator, SectionDraft> = {
  basicFacts,
  findings,
  relatedAccounts,
  tradingAnalysis,
  insiderTimeline,
  dispositions,
  recommendations,
  annexAlerts,
  annexEvidence,
  referralParties,
  referralConduct,
  referralThresholds,
};
