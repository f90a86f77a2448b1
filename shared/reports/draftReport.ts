/**
 * The drafting engine: a template and an evidence bundle in, a document (TipTap JSON) and its
 * provenance records out; and redrafting one section in place, leaving every other section
 * (and the analyst's edits there) as it is.
 */
import type { CaseDraftContext } from './caseSections';
import { CASE_SECTIONS, caseDraftContext } from './caseSections';
import type { DocNode, ReportLanguage } from './documentModel';
import { heading, paragraph, SECTION_NODE, section } from './documentModel';
import type { CaseEvidence, JurisdictionEvidence } from './evidence';
import { sourceLines } from './evidence';
import { JURISDICTION_SECTIONS } from './jurisdictionSections';
import type { ProvenanceRecord } from './provenance';
import { ProvenanceCollector } from './provenance';
import { WORDING } from './reportWording';
import type {
  CaseGenerator,
  JurisdictionGenerator,
  ReportTemplate,
  TemplateSection,
} from './templates';
import { templateProblems } from './templates';

export type ReportEvidence =
  | { kind: 'case'; evidence: CaseEvidence }
  | { kind: 'jurisdiction'; evidence: JurisdictionEvidence };

export interface DraftedReport {
  doc: DocNode;
  provenance: ProvenanceRecord[];
}

/** The title line of a report drafted from a template. */
export function documentTitle(
  template: ReportTemplate,
  evidence: ReportEvidence,
  language: ReportLanguage,
): string {
  const pattern = template.documentTitle[language];
  return evidence.kind === 'case'
    ? pattern.replace('{case}', evidence.evidence.case.title)
    : pattern.replace('{period}', evidence.evidence.period.label);
}

function checkFits(template: ReportTemplate, evidence: ReportEvidence): void {
  const problems = templateProblems(template);
  if ((template.kind === 'jurisdiction') !== (evidence.kind === 'jurisdiction'))
    problems.push(
      `template "${template.id}" drafts ${template.kind} reports, not from ${evidence.kind} evidence`,
    );
  if (problems.length > 0) throw new RangeError(problems.join('; '));
}

/** What the generators read, built once per draft (indexes of trades, bars and ties included). */
class DraftContexts {
  private caseContext: CaseDraftContext | null = null;
  private others: () => ProvenanceRecord[] = () => [];

  constructor(
    readonly evidence: ReportEvidence,
    readonly language: ReportLanguage,
  ) {}

  forCase(evidence: CaseEvidence, otherProvenance: () => ProvenanceRecord[]): CaseDraftContext {
    this.others = otherProvenance;
    this.caseContext ??= caseDraftContext(evidence, this.language, WORDING[this.language], () =>
      this.others(),
    );
    return this.caseContext;
  }
}

function draftSection(
  templateSection: TemplateSection,
  contexts: DraftContexts,
  otherProvenance: () => ProvenanceRecord[],
): { node: DocNode; records: ProvenanceRecord[] } {
  const { evidence, language } = contexts;
  const w = WORDING[language];
  const datasets = evidence.evidence.datasets;
  const collector = new ProvenanceCollector(templateSection.id, sourceLines(datasets));
  const blocks: DocNode[] = [];
  const title = templateSection.title[language];
  if (title !== '') blocks.push(heading(2, title));
  for (const line of templateSection.lead[language].split('\n'))
    if (line.trim() !== '') blocks.push(paragraph([line]));
  const generator = templateSection.generator;
  if (generator !== 'text') {
    if (evidence.kind === 'case') {
      const ctx = contexts.forCase(evidence.evidence, otherProvenance);
      blocks.push(...CASE_SECTIONS[generator as CaseGenerator](ctx, collector));
    } else {
      const ctx = { evidence: evidence.evidence, language, w };
      blocks.push(...JURISDICTION_SECTIONS[generator as JurisdictionGenerator](ctx, collector));
    }
  }
  if (blocks.length === 0) blocks.push(paragraph([]));
  return { node: section(templateSection.id, blocks), records: collector.records };
}

export function draftReport(
  template: ReportTemplate,
  evidence: ReportEvidence,
  language: ReportLanguage,
): DraftedReport {
  checkFits(template, evidence);
  const contexts = new DraftContexts(evidence, language);
  const provenance: ProvenanceRecord[] = [];
  const nodes: DocNode[] = [heading(1, documentTitle(template, evidence, language))];
  // The evidence index lists every other section's records, so it is drafted after them.
  const later = template.sections.filter((s) => s.generator === 'annexEvidence');
  const drafted = new Map<string, DocNode>();
  for (const templateSection of template.sections) {
    if (later.includes(templateSection)) continue;
    const { node, records } = draftSection(templateSection, contexts, () => provenance);
    provenance.push(...records);
    drafted.set(templateSection.id, node);
  }
  for (const templateSection of later) {
    const before = [...provenance];
    const { node, records } = draftSection(templateSection, contexts, () => before);
    provenance.push(...records);
    drafted.set(templateSection.id, node);
  }
  for (const templateSection of template.sections) nodes.push(drafted.get(templateSection.id)!);
  return { doc: { type: 'doc', content: nodes }, provenance };
}

function replaceSection(content: readonly DocNode[], sectionId: string, node: DocNode): DocNode[] {
  const at = content.findIndex((n) => n.type === SECTION_NODE && n.attrs?.sectionId === sectionId);
  return at === -1 ? [...content, node] : content.map((n, i) => (i === at ? node : n));
}

/**
 * Redrafts one section from fresh evidence. Every other node of the document is kept as the
 * analyst left it; a section the template has but the document lost is appended. The evidence
 * index lists every other section's records, so it is redrafted too: an index naming the old
 * records would point at figures the document no longer has.
 */
export function redraftSection(
  current: DraftedReport,
  template: ReportTemplate,
  sectionId: string,
  evidence: ReportEvidence,
  language: ReportLanguage,
): DraftedReport {
  checkFits(template, evidence);
  const templateSection = template.sections.find((s) => s.id === sectionId);
  if (!templateSection)
    throw new RangeError(`template "${template.id}" has no section "${sectionId}"`);
  const contexts = new DraftContexts(evidence, language);
  const indexes = template.sections.filter(
    (s) => s.generator === 'annexEvidence' && s.id !== sectionId,
  );
  let content = current.doc.content ?? [];
  let provenance = current.provenance;
  for (const redrafted of [templateSection, ...indexes]) {
    const others = provenance.filter((r) => r.sectionId !== redrafted.id);
    const { node, records } = draftSection(redrafted, contexts, () => others);
    content = replaceSection(content, redrafted.id, node);
    provenance = [...others, ...records];
  }
  return { doc: { ...current.doc, content }, provenance };
}
