/**
 * Report templates as data: the sections a report has, in order, their titles in both report
 * languages, and which generator drafts each. Users copy a built-in template and edit the copy.
 */
import type { ReportLanguage } from './documentModel';

export type TemplateKind = 'case' | 'referral' | 'jurisdiction';

export const CASE_GENERATORS = [
  'basicFacts',
  'findings',
  'relatedAccounts',
  'tradingAnalysis',
  'insiderTimeline',
  'dispositions',
  'recommendations',
  'annexAlerts',
  'annexEvidence',
  'referralParties',
  'referralConduct',
  'referralThresholds',
] as const;
export const JURISDICTION_GENERATORS = [
  'jurisdictionScope',
  'jurisdictionHeatmap',
  'jurisdictionTrends',
  'jurisdictionTopRisks',
  'jurisdictionCoverage',
  'jurisdictionCases',
] as const;
export type CaseGenerator = (typeof CASE_GENERATORS)[number];
export type JurisdictionGenerator = (typeof JURISDICTION_GENERATORS)[number];
/** `text` sections hold only the template's own text, for the analyst to write in. */
export type SectionGenerator = CaseGenerator | JurisdictionGenerator | 'text';

export type Localized = Record<ReportLanguage, string>;

export interface TemplateSection {
  id: string;
  generator: SectionGenerator;
  title: Localized;
  /** A fixed lead paragraph before the generated content (empty for none). */
  lead: Localized;
}

export interface ReportTemplate {
  id: string;
  kind: TemplateKind;
  builtIn: boolean;
  name: Localized;
  /** The document's title line, `{case}` or `{period}` replaced. */
  documentTitle: Localized;
  sections: TemplateSection[];
}

const none: Localized = { 'zh-CN': '', en: '' };

function s(
  id: string,
  generator: SectionGenerator,
  zh: string,
  en: string,
  lead: Localized = none,
): TemplateSection {
  return { id, generator, title: { 'zh-CN': zh, en }, lead };
}

export const BUILT_IN_TEMPLATES: readonly ReportTemplate[] = [
  {
    id: 'case-supervisory',
    kind: 'case',
    builtIn: true,
    name: { 'zh-CN': '案件监管报告', en: 'Case supervisory report' },
    documentTitle: { 'zh-CN': '关于“{case}”的监管报告', en: 'Supervisory report: {case}' },
    sections: [
      s('basic-facts', 'basicFacts', '一、基本情况', '1. Basic facts'),
      s('findings', 'findings', '二、异常交易查明情况', '2. Findings by typology'),
      s('related', 'relatedAccounts', '三、关联账户分析', '3. Related-account analysis'),
      s('trading', 'tradingAnalysis', '四、交易分析', '4. Trading analysis'),
      s('insider', 'insiderTimeline', '五、内幕信息时间线', '5. Insider timeline'),
      s('dispositions', 'dispositions', '六、研判意见', "6. Analysts' dispositions and notes"),
      s('recommendations', 'recommendations', '七、处理建议', '7. Recommended actions'),
      s('annex-alerts', 'annexAlerts', '附件一：预警清单', 'Annex A: alert list'),
      s('annex-evidence', 'annexEvidence', '附件二：证据索引', 'Annex B: evidence index'),
    ],
  },
  {
    id: 'lead-referral',
    kind: 'referral',
    builtIn: true,
    name: { 'zh-CN': '线索移送函', en: 'Lead referral' },
    documentTitle: { 'zh-CN': '关于移送“{case}”案件线索的函', en: 'Referral of the lead: {case}' },
    sections: [
      s('referral-intro', 'text', '', '', {
        'zh-CN':
          '稽查部门：\n我局在日常监管中发现下列账户涉嫌违反《中华人民共和国证券法》有关规定，现将线索移送你部门，请依法处理。',
        en: 'To the enforcement department:\nIn the course of supervision the bureau found that the accounts below may have breached the Securities Law of the PRC. The lead is referred to you for action under the law.',
      }),
      s('parties', 'referralParties', '一、涉案当事人（账户组）', '1. Parties (account groups)'),
      s('conduct', 'referralConduct', '二、涉嫌违法行为及期间', '2. Conduct and period'),
      s(
        'thresholds',
        'referralThresholds',
        '三、证据数据与触发标准',
        '3. Evidence figures and thresholds met',
      ),
      s('referral-evidence', 'annexEvidence', '四、证据索引', '4. Evidence index'),
    ],
  },
  {
    id: 'jurisdiction-periodic',
    kind: 'jurisdiction',
    builtIn: true,
    name: { 'zh-CN': '辖区风险报告', en: 'Jurisdiction risk report' },
    documentTitle: {
      'zh-CN': '辖区市场风险监测报告（{period}）',
      en: 'Jurisdiction risk report ({period})',
    },
    sections: [
      s('scope', 'jurisdictionScope', '一、报告范围', '1. Scope'),
      s('heatmap', 'jurisdictionHeatmap', '二、风险热力分布', '2. Risk heatmap'),
      s(
        'trends',
        'jurisdictionTrends',
        '三、分类型与分地区趋势',
        '3. Trends by typology and region',
      ),
      s('top-risks', 'jurisdictionTopRisks', '四、主要风险', '4. Top risks'),
      s('coverage', 'jurisdictionCoverage', '五、监测覆盖情况', '5. Coverage'),
      s('cases', 'jurisdictionCases', '六、案件办理情况', '6. Open and closed cases'),
    ],
  },
];

export function templateKindOfGenerator(generator: SectionGenerator): TemplateKind | null {
  if (generator === 'text') return null;
  return (JURISDICTION_GENERATORS as readonly string[]).includes(generator)
    ? 'jurisdiction'
    : 'case';
}

/** A user's editable copy of a template, with a fresh id and name. */
export function copyTemplate(
  template: ReportTemplate,
  id: string,
  name: Localized,
): ReportTemplate {
  return {
    ...(JSON.parse(JSON.stringify(template)) as ReportTemplate),
    id,
    builtIn: false,
    name,
  };
}

/**
 * Checks a template read from storage or edited by the user; returns the problems, each naming
 * where it is (an empty list means the template can be used).
 */
export function templateProblems(value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return ['template: not an object'];
  const template = value as Partial<ReportTemplate>;
  if (typeof template.id !== 'string' || template.id === '') problems.push('template.id: missing');
  if (!['case', 'referral', 'jurisdiction'].includes(String(template.kind)))
    problems.push(
      `template.kind: "${String(template.kind)}" is not case, referral or jurisdiction`,
    );
  if (!Array.isArray(template.sections) || template.sections.length === 0) {
    problems.push('template.sections: a template needs at least one section');
    return problems;
  }
  const ids = new Set<string>();
  template.sections.forEach((section, index) => {
    const at = `template.sections[${index}]`;
    if (typeof section.id !== 'string' || section.id === '') problems.push(`${at}.id: missing`);
    else if (ids.has(section.id)) problems.push(`${at}.id: "${section.id}" appears twice`);
    else ids.add(section.id);
    const kind = templateKindOfGenerator(section.generator);
    const usable =
      section.generator === 'text' ||
      ((CASE_GENERATORS as readonly string[]).includes(section.generator) &&
        template.kind !== 'jurisdiction') ||
      ((JURISDICTION_GENERATORS as readonly string[]).includes(section.generator) &&
        template.kind === 'jurisdiction');
    if (!usable)
      problems.push(
        `${at}.generator: "${String(section.generator)}" cannot draft a ${String(template.kind)} report${kind ? ` (it drafts ${kind} reports)` : ''}`,
      );
  });
  return problems;
}
