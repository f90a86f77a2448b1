/** The generators of the periodic jurisdiction risk report. */
import type { Typology } from '../dictionary/types';
import { TYPOLOGIES } from '../dictionary/tables';
import type { DocNode, Inline, ReportLanguage } from './documentModel';
import { image, paragraph, table } from './documentModel';
import type { JurisdictionEvidence } from './evidence';
import type { ProvenanceCollector } from './provenance';
import type { Wording } from './reportWording';
import { heatmapSvg, svgDataUrl, trendSvg } from './svgCharts';
import type { JurisdictionGenerator } from './templates';

export interface JurisdictionDraftContext {
  evidence: JurisdictionEvidence;
  language: ReportLanguage;
  w: Wording;
}

type SectionDraft = (ctx: JurisdictionDraftContext, p: ProvenanceCollector) => DocNode[];
const zh = (ctx: JurisdictionDraftContext) => ctx.language === 'zh-CN';
const ALERT_COLUMNS = ['key', 'typology', 'score', 'created', 'region', 'broker', 'accounts'];
type JAlert = JurisdictionEvidence['alerts'][number];
const alertRow = (a: JAlert) => [
  a.key,
  a.typology,
  a.score,
  a.created,
  a.region,
  a.broker,
  a.accounts.join(' '),
];

function alertsFigure(
  p: ProvenanceCollector,
  ctx: JurisdictionDraftContext,
  alerts: JAlert[],
  where: string,
  value: string,
): Inline {
  const { period } = ctx.evidence;
  const id = p.add(
    {
      table: 'alerts',
      description: `alerts where created between ${period.from} and ${period.to}${where ? ` and ${where}` : ''}; count(*)`,
      filter: { from: period.from, to: period.to, where },
      compute: 'count(*)',
    },
    value,
    ALERT_COLUMNS,
    alerts.map(alertRow),
    alerts.map((a) => a.key),
  );
  return { text: value, provenance: id };
}

function regionName(ctx: JurisdictionDraftContext, code: string | null): string {
  if (code === null) return zh(ctx) ? '未知地区' : 'unknown region';
  return ctx.evidence.regions.find((r) => r.code === code)?.name ?? code;
}

const scope: SectionDraft = (ctx, p) => {
  const { evidence, w } = ctx;
  const datasets = p.add(
    {
      table: 'datasets',
      description: 'datasets imported: current version and manifest hash',
      filter: {},
      compute: 'list',
    },
    evidence.datasets.map((d) => `${d.id} v${d.version}`).join(', '),
    ['id', 'version', 'manifestHash'],
    evidence.datasets.map((d) => [d.id, d.version, d.manifestHash]),
    evidence.datasets.map((d) => `${d.id}#${d.version}`),
  );
  return [
    paragraph(
      zh(ctx)
        ? [
            '本报告覆盖 ',
            w.date(evidence.period.from),
            '至',
            w.date(evidence.period.to),
            '（',
            evidence.period.label,
            '），依据数据集 ',
            {
              text: evidence.datasets.map((d) => `${d.id} 第${d.version}版`).join('、') || '—',
              provenance: datasets,
            },
            '，期内共产生预警 ',
            alertsFigure(p, ctx, evidence.alerts, '', w.count(evidence.alerts.length)),
            ' 条。',
          ]
        : [
            'This report covers ',
            w.date(evidence.period.from),
            ' to ',
            w.date(evidence.period.to),
            ' (',
            evidence.period.label,
            ') from the datasets ',
            {
              text: evidence.datasets.map((d) => `${d.id} version ${d.version}`).join(', ') || '—',
              provenance: datasets,
            },
            '. The period produced ',
            alertsFigure(p, ctx, evidence.alerts, '', w.count(evidence.alerts.length)),
            ' alerts.',
          ],
    ),
    table(
      zh(ctx)
        ? ['数据集', '版本', '清单哈希（SHA-256）']
        : ['Dataset', 'Version', 'Manifest hash (SHA-256)'],
      evidence.datasets.map((d) => [
        d.title || d.id,
        String(d.version),
        { text: d.manifestHash, provenance: datasets },
      ]),
    ),
  ];
};

function usedTypologies(ctx: JurisdictionDraftContext): Typology[] {
  return TYPOLOGIES.filter((t) => ctx.evidence.alerts.some((a) => a.typology === t));
}
function usedRegions(ctx: JurisdictionDraftContext): (string | null)[] {
  return [...new Set(ctx.evidence.alerts.map((a) => a.region))].sort((a, b) =>
    String(a).localeCompare(String(b)),
  );
}

const heatmap: SectionDraft = (ctx, p) => {
  const { evidence, w } = ctx;
  const typologies = usedTypologies(ctx);
  const regions = usedRegions(ctx);
  if (evidence.alerts.length === 0)
    return [paragraph([zh(ctx) ? '期内无预警。' : 'No alerts in the period.'])];
  const values = regions.map((r) =>
    typologies.map((t) => evidence.alerts.filter((a) => a.region === r && a.typology === t).length),
  );
  const svg = heatmapSvg(
    regions.map((r) => regionName(ctx, r)),
    typologies.map((t) => w.typology[t]),
    values,
  );
  const byRegion = regions
    .map((r) => ({ r, alerts: evidence.alerts.filter((a) => a.region === r) }))
    .sort((a, b) => b.alerts.length - a.alerts.length);
  const top = byRegion[0]!;
  return [
    image(svgDataUrl(svg), zh(ctx) ? '分地区、分类型预警热力图' : 'Alerts by region and typology'),
    paragraph(
      zh(ctx)
        ? [
            '预警最集中的地区为',
            regionName(ctx, top.r),
            '，共 ',
            alertsFigure(p, ctx, top.alerts, `region = ${top.r}`, w.count(top.alerts.length)),
            ' 条。',
          ]
        : [
            'Alerts concentrate most in ',
            regionName(ctx, top.r),
            ', with ',
            alertsFigure(p, ctx, top.alerts, `region = ${top.r}`, w.count(top.alerts.length)),
            '.',
          ],
    ),
  ];
};

function weekOf(iso: string): string {
  const at = new Date(Date.parse(iso) + 8 * 3_600_000);
  const day = (at.getUTCDay() + 6) % 7;
  return new Date(at.getTime() - day * 86_400_000).toISOString().slice(0, 10);
}

const trends: SectionDraft = (ctx, p) => {
  const { evidence, w } = ctx;
  if (evidence.alerts.length === 0)
    return [paragraph([zh(ctx) ? '期内无预警。' : 'No alerts in the period.'])];
  const weeks = [...new Set(evidence.alerts.map((a) => weekOf(a.created)))].sort();
  const typologies = usedTypologies(ctx);
  const svg = trendSvg(
    weeks,
    typologies.map((t) => ({
      label: w.typology[t],
      values: weeks.map(
        (wk) => evidence.alerts.filter((a) => a.typology === t && weekOf(a.created) === wk).length,
      ),
    })),
  );
  const regions = usedRegions(ctx);
  return [
    image(svgDataUrl(svg), zh(ctx) ? '分类型预警周度趋势' : 'Weekly alerts by typology'),
    table(
      zh(ctx) ? ['违规类型', '预警数', '平均评分'] : ['Typology', 'Alerts', 'Mean score'],
      typologies.map((t) => {
        const alerts = evidence.alerts.filter((a) => a.typology === t);
        return [
          w.typology[t],
          alertsFigure(p, ctx, alerts, `typology = ${t}`, w.count(alerts.length)),
          (alerts.reduce((s, a) => s + a.score, 0) / alerts.length).toFixed(2),
        ];
      }),
    ),
    table(
      zh(ctx) ? ['地区', '预警数', '成交额'] : ['Region', 'Alerts', 'Turnover'],
      regions.map((r) => {
        const alerts = evidence.alerts.filter((a) => a.region === r);
        return [
          regionName(ctx, r),
          alertsFigure(p, ctx, alerts, `region = ${r}`, w.count(alerts.length)),
          r !== null && evidence.turnoverByRegion[r] !== undefined
            ? w.amount(evidence.turnoverByRegion[r])
            : '—',
        ];
      }),
    ),
  ];
};

const topRisks: SectionDraft = (ctx, p) => {
  const { evidence, w } = ctx;
  const top = [...evidence.alerts].sort((a, b) => b.score - a.score).slice(0, 10);
  if (top.length === 0) return [paragraph([zh(ctx) ? '期内无预警。' : 'No alerts in the period.'])];
  return [
    table(
      zh(ctx)
        ? ['预警', '类型', '评分', '地区', '账户', '摘要']
        : ['Alert', 'Typology', 'Score', 'Region', 'Accounts', 'Summary'],
      top.map((a) => [
        alertsFigure(p, ctx, [a], `key = ${a.key}`, a.id),
        w.typology[a.typology],
        a.score.toFixed(2),
        regionName(ctx, a.region),
        a.accounts.join(' '),
        a.summary,
      ]),
    ),
  ];
};

const coverage: SectionDraft = (ctx, p) => {
  const { evidence, w } = ctx;
  const brokers = Object.keys(evidence.accountsByBroker);
  const reviewedBrokers = [...new Set(evidence.reviewedAccounts.map((a) => a.broker))];
  const accountShare =
    evidence.accountTotal > 0 ? evidence.reviewedAccounts.length / evidence.accountTotal : 0;
  const brokerShare = brokers.length > 0 ? reviewedBrokers.length / brokers.length : 0;
  const accountsId = p.add(
    {
      table: 'annotations, alerts, accounts',
      description:
        'distinct accounts named by alerts that have a disposition / accounts in the jurisdiction',
      filter: {},
      compute: 'reviewed / total',
    },
    w.percent(accountShare).replace('+', ''),
    ['account', 'broker'],
    evidence.reviewedAccounts.map((a) => [a.id, a.broker]),
    evidence.reviewedAccounts.map((a) => a.id),
  );
  const brokersId = p.add(
    {
      table: 'annotations, alerts, accounts, brokers',
      description: 'distinct brokers of reviewed accounts / brokers with accounts',
      filter: {},
      compute: 'reviewed / total',
    },
    w.percent(brokerShare).replace('+', ''),
    ['broker'],
    reviewedBrokers.map((b) => [b]),
    reviewedBrokers,
  );
  const disposed = evidence.annotations.filter((a) => a.disposition !== null).length;
  return [
    paragraph(
      zh(ctx)
        ? [
            '期内 ',
            w.count(evidence.alerts.length),
            ' 条预警中已研判 ',
            w.count(disposed),
            ' 条；已核查账户 ',
            w.count(evidence.reviewedAccounts.length),
            ' 个，占辖区账户总数（',
            w.count(evidence.accountTotal),
            '）的 ',
            { text: w.percent(accountShare).replace('+', ''), provenance: accountsId },
            '；涉及证券公司 ',
            w.count(reviewedBrokers.length),
            ' 家，占 ',
            { text: w.percent(brokerShare).replace('+', ''), provenance: brokersId },
            '。',
          ]
        : [
            "Of the period's ",
            w.count(evidence.alerts.length),
            ' alerts, ',
            w.count(disposed),
            ' have been disposed of. ',
            w.count(evidence.reviewedAccounts.length),
            ' accounts were reviewed, ',
            { text: w.percent(accountShare).replace('+', ''), provenance: accountsId },
            " of the jurisdiction's ",
            w.count(evidence.accountTotal),
            '; they are held at ',
            w.count(reviewedBrokers.length),
            ' brokers, ',
            { text: w.percent(brokerShare).replace('+', ''), provenance: brokersId },
            ' of all.',
          ],
    ),
    table(
      zh(ctx) ? ['证券公司', '账户数', '已核查账户'] : ['Broker', 'Accounts', 'Reviewed'],
      brokers
        .sort()
        .map((b) => [
          evidence.brokers.find((x) => x.id === b)?.name ?? b,
          w.count(evidence.accountsByBroker[b] ?? 0),
          w.count(evidence.reviewedAccounts.filter((a) => a.broker === b).length),
        ]),
    ),
  ];
};

const cases: SectionDraft = (ctx, p) => {
  const { evidence, w } = ctx;
  const open = evidence.cases.filter((c) => c.status !== 'closed');
  const closed = evidence.cases.filter((c) => c.status === 'closed');
  const fig = (list: typeof evidence.cases, status: string) => ({
    text: w.count(list.length),
    provenance: p.add(
      {
        table: 'cases',
        description: `cases where status ${status}`,
        filter: { status },
        compute: 'count(*)',
      },
      w.count(list.length),
      ['id', 'title', 'status', 'alerts', 'updatedAt'],
      list.map((c) => [c.id, c.title, c.status, c.alertCount, c.updatedAt]),
      list.map((c) => c.id),
    ),
  });
  return [
    paragraph(
      zh(ctx)
        ? [
            '在办案件 ',
            fig(open, "<> 'closed'"),
            ' 件，已办结 ',
            fig(closed, "= 'closed'"),
            ' 件。',
          ]
        : [fig(open, "<> 'closed'"), ' cases are open and ', fig(closed, "= 'closed'"), ' closed.'],
    ),
    ...(evidence.cases.length > 0
      ? [
          table(
            zh(ctx)
              ? ['案件', '状态', '预警数', '更新时间']
              : ['Case', 'Status', 'Alerts', 'Updated'],
            evidence.cases.map((c) => [
              c.title,
              w.caseStatus[c.status] ?? c.status,
              w.count(c.alertCount),
              w.time(c.updatedAt),
            ]),
          ),
        ]
      : []),
  ];
};

export const JURISDICTION_SECTIONS: Record<JurisdictionGenerator, SectionDraft> = {
  jurisdictionScope: scope,
  jurisdictionHeatmap: heatmap,
  jurisdictionTrends: trends,
  jurisdictionTopRisks: topRisks,
  jurisdictionCoverage: coverage,
  jurisdictionCases: cases,
};
