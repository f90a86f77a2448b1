import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ReportLanguage } from '../../shared/reports/documentModel';
import type { ReportTemplate, TemplateKind } from '../../shared/reports/templates';
import { getDatabase } from '../db/database';
import { ModalDialog } from '../shell/ModalDialog';
import { AlertPicker } from './AlertPicker';
import { createCaseForReport } from './createCaseForReport';
import type { ReportPeriod } from './evidence/loadJurisdictionEvidence';
import { allTemplates } from './reportTemplates';
import { createReport } from './reportStore';
import { useCurrentAlerts } from './useCurrentAlerts';

interface NewReportDialogProps {
  open: boolean;
  onClose: () => void;
}

type CaseSource = 'alerts' | 'existing';

function periodLabel(period: ReportPeriod, language: ReportLanguage): string {
  if (language === 'zh-CN')
    return period.kind === 'month'
      ? `${period.year}年${period.index}月`
      : `${period.year}年第${['一', '二', '三', '四'][period.index - 1]}季度`;
  return period.kind === 'month'
    ? `${period.year}-${String(period.index).padStart(2, '0')}`
    : `${period.year} Q${period.index}`;
}

/** Drafts a new report: from a case (an existing one, or one made here from picked alerts), or for a period. */
export function NewReportDialog({ open, onClose }: NewReportDialogProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const templates = useLiveQuery(() => allTemplates(), []);
  const cases = useLiveQuery(
    () => getDatabase().cases.orderBy('updatedAt').reverse().toArray(),
    [],
  );
  const datasets = useLiveQuery(() => getDatabase().datasets.toArray(), []);
  const alerts = useCurrentAlerts();
  const [kind, setKind] = useState<TemplateKind>('case');
  const [templateId, setTemplateId] = useState('');
  const [language, setLanguage] = useState<ReportLanguage>(i18n.language === 'en' ? 'en' : 'zh-CN');
  const [caseSource, setCaseSource] = useState<CaseSource>('alerts');
  const [caseId, setCaseId] = useState('');
  const [caseTitle, setCaseTitle] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [chosenPeriod, setPeriod] = useState<ReportPeriod | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Until the user picks one, the period is the quarter the imported data begin in.
  const [year, month] = (datasets?.[0]?.scope.period.from ?? '2026-01-01')
    .split('-')
    .map(Number) as [number, number];
  const period: ReportPeriod = chosenPeriod ?? {
    kind: 'quarter',
    year,
    index: Math.floor((month - 1) / 3) + 1,
  };

  const choices = (templates ?? []).filter((template) => template.kind === kind);
  const template: ReportTemplate | undefined =
    choices.find((c) => c.id === templateId) ?? choices[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!template) return;
    setBusy(true);
    setError(null);
    try {
      let report;
      if (kind === 'jurisdiction') {
        report = await createReport(template, language, {
          kind: 'jurisdiction',
          period,
          label: periodLabel(period, language),
        });
      } else {
        let id = caseId;
        if (caseSource === 'alerts') id = (await createCaseForReport(caseTitle, [...picked])).id;
        else if (id === '') throw new RangeError(t('reports.create.noCase'));
        report = await createReport(template, language, { kind: 'case', caseId: id });
      }
      onClose();
      void navigate(`/reports?report=${encodeURIComponent(report.id)}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const maxIndex = period.kind === 'month' ? 12 : 4;
  return (
    <ModalDialog open={open} title={t('reports.create.title')} onClose={onClose}>
      <form className="report-form" onSubmit={(e) => void submit(e)}>
        <fieldset className="report-choice">
          <legend>{t('reports.create.kind')}</legend>
          {(['case', 'referral', 'jurisdiction'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="report-kind"
                checked={kind === value}
                onChange={() => {
                  setKind(value);
                  setTemplateId('');
                }}
              />
              {t(`reports.create.kinds.${value}`)}
            </label>
          ))}
        </fieldset>
        <div className="report-form__row">
          <label className="report-field">
            <span>{t('reports.create.template')}</span>
            <select value={template?.id ?? ''} onChange={(e) => setTemplateId(e.target.value)}>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name[i18n.language === 'en' ? 'en' : 'zh-CN']}
                </option>
              ))}
            </select>
          </label>
          <label className="report-field">
            <span>{t('reports.create.language')}</span>
            <select
              value={language}
              onChange={(e) => setLanguage(e.target.value as ReportLanguage)}
            >
              <option value="zh-CN">中文</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
        {kind === 'jurisdiction' ? (
          <div className="report-form__row">
            <label className="report-field">
              <span>{t('reports.create.periodKind')}</span>
              <select
                value={period.kind}
                onChange={(e) =>
                  setPeriod({ ...period, kind: e.target.value as ReportPeriod['kind'], index: 1 })
                }
              >
                <option value="quarter">{t('reports.create.quarter')}</option>
                <option value="month">{t('reports.create.month')}</option>
              </select>
            </label>
            <label className="report-field">
              <span>{t('reports.create.year')}</span>
              <input
                type="number"
                min={2000}
                max={2100}
                value={period.year}
                onChange={(e) => setPeriod({ ...period, year: Number(e.target.value) })}
              />
            </label>
            <label className="report-field">
              <span>
                {period.kind === 'month' ? t('reports.create.month') : t('reports.create.quarter')}
              </span>
              <input
                type="number"
                min={1}
                max={maxIndex}
                value={period.index}
                onChange={(e) =>
                  setPeriod({
                    ...period,
                    index: Math.min(maxIndex, Math.max(1, Number(e.target.value))),
                  })
                }
              />
            </label>
          </div>
        ) : (
          <>
            <fieldset className="report-choice">
              <legend>{t('reports.create.caseSource')}</legend>
              <label>
                <input
                  type="radio"
                  name="case-source"
                  checked={caseSource === 'alerts'}
                  onChange={() => setCaseSource('alerts')}
                />
                {t('reports.create.fromAlerts')}
              </label>
              <label>
                <input
                  type="radio"
                  name="case-source"
                  checked={caseSource === 'existing'}
                  onChange={() => setCaseSource('existing')}
                  disabled={(cases ?? []).length === 0}
                />
                {t('reports.create.fromCase')}
              </label>
            </fieldset>
            {caseSource === 'existing' ? (
              <label className="report-field">
                <span>{t('reports.create.case')}</span>
                <select value={caseId} onChange={(e) => setCaseId(e.target.value)}>
                  <option value="">{t('reports.create.pickCase')}</option>
                  {(cases ?? []).map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <>
                <label className="report-field">
                  <span>{t('reports.create.caseTitle')}</span>
                  <input
                    type="text"
                    value={caseTitle}
                    onChange={(e) => setCaseTitle(e.target.value)}
                    required
                  />
                </label>
                {alerts && alerts.length === 0 ? (
                  <p className="muted">{t('reports.create.noAlerts')}</p>
                ) : (
                  <AlertPicker alerts={alerts ?? []} picked={picked} onChange={setPicked} />
                )}
              </>
            )}
          </>
        )}
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <div className="report-form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('reports.create.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !template}>
            {busy ? t('reports.create.drafting') : t('reports.create.draft')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
