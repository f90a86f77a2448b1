import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowLeft, FileDown, FileText, RefreshCw } from 'lucide-react';
import { Link } from 'react-router';
import type { DocNode } from '../../shared/reports/documentModel';
import type { CoverPage } from '../../shared/reports/printDocument';
import { Loading } from '../shell/Loading';
import { ReportEditor } from './editor/ReportEditor';
import { useAutosave } from './editor/useAutosave';
import { exportDocx, exportPdf } from './export/exportReport';
import { getReport, redraftReportSection, saveVersion, type StoredReport } from './reportStore';
import { VersionsPanel } from './VersionsPanel';

/** One report open for editing: the editor, redrafting a section, versions, final lock and export. */
export function ReportWorkspace({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const [report, setReport] = useState<StoredReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [section, setSection] = useState('');
  const [editorKey, setEditorKey] = useState(0);
  const editorRef = useRef<Editor | null>(null);
  const autosave = useAutosave(reportId);

  useEffect(() => {
    let live = true;
    getReport(reportId).then(
      (found) => live && setReport(found),
      (failure: unknown) =>
        live && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      live = false;
    };
  }, [reportId]);

  const onReady = useCallback((editor: Editor) => {
    editorRef.current = editor;
  }, []);

  if (error)
    return (
      <p className="error-text" role="alert">
        {error}
      </p>
    );
  if (!report) return <Loading />;
  const final = report.status === 'final';
  const currentDoc = (): DocNode =>
    (editorRef.current?.getJSON() as DocNode | undefined) ?? report.doc;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await autosave.flush();
      await work();
    } catch (failure) {
      setMessage(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const cover = (): CoverPage => ({
    title: report.title,
    language: report.language,
    lines: [
      report.template.name[report.language],
      report.source.kind === 'case'
        ? `${report.language === 'zh-CN' ? '案件编号' : 'Case'}: ${report.source.caseId}`
        : report.source.label,
      `${report.language === 'zh-CN' ? '状态' : 'Status'}: ${t(`reports.status.${report.status}`, { lng: report.language })}`,
      new Date().toISOString().slice(0, 10),
    ],
  });

  const redraft = () =>
    run(async () => {
      const next = await redraftReportSection(report.id, section, currentDoc());
      setReport({ ...report, doc: next.doc, provenance: next.provenance });
      setEditorKey((key) => key + 1);
      setMessage(
        t('reports.workspace.redrafted', {
          section:
            report.template.sections.find((s) => s.id === section)?.title[report.language] ??
            section,
        }),
      );
    });

  const version = (isFinal: boolean) =>
    run(async () => {
      const saved = await saveVersion(report.id, isFinal);
      setReport(await getReport(report.id));
      setMessage(
        isFinal
          ? t('reports.workspace.finalized', { version: saved.version, hash: saved.hash })
          : t('reports.workspace.versionSaved', { version: saved.version }),
      );
    });

  const exportAs = (format: 'pdf' | 'docx') =>
    run(async () => {
      const doc = currentDoc();
      const outcome =
        format === 'pdf'
          ? await exportPdf(report.id, doc, cover())
          : await exportDocx(report.id, doc, cover());
      setMessage(
        outcome.via === 'print-dialog'
          ? t('reports.workspace.printDialog')
          : outcome.saved
            ? t('reports.workspace.exported', { location: outcome.location ?? '' })
            : t('reports.workspace.exportCancelled'),
      );
    });

  return (
    <div className="report-workspace">
      <div className="report-workspace__head">
        <Link to="/reports" className="button">
          <ArrowLeft aria-hidden="true" /> {t('reports.workspace.back')}
        </Link>
        <h2 className="report-workspace__title">{report.title}</h2>
        <span className="badge">{t(`reports.status.${report.status}`)}</span>
      </div>
      {message && (
        <p className="report-workspace__message" role="status">
          {message}
        </p>
      )}
      <div className="report-workspace__body">
        <ReportEditor
          key={editorKey}
          initial={report.doc}
          provenance={report.provenance}
          readOnly={final}
          language={report.language}
          saveState={autosave.state}
          onChange={autosave.schedule}
          onReady={onReady}
        />
        <aside className="report-side" aria-label={t('reports.workspace.sideLabel')}>
          <section className="report-side__block" aria-labelledby="report-export-title">
            <h3 id="report-export-title">{t('reports.workspace.export')}</h3>
            <div className="report-side__actions">
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void exportAs('pdf')}
              >
                <FileText aria-hidden="true" /> {t('reports.workspace.exportPdf')}
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void exportAs('docx')}
              >
                <FileDown aria-hidden="true" /> {t('reports.workspace.exportDocx')}
              </button>
            </div>
          </section>
          {!final && (
            <section className="report-side__block" aria-labelledby="report-redraft-title">
              <h3 id="report-redraft-title">{t('reports.workspace.redraftTitle')}</h3>
              <p className="muted">{t('reports.workspace.redraftHelp')}</p>
              <label className="report-field">
                <span>{t('reports.workspace.section')}</span>
                <select value={section} onChange={(e) => setSection(e.target.value)}>
                  <option value="">{t('reports.workspace.pickSection')}</option>
                  {report.template.sections
                    .filter((s) => s.generator !== 'text')
                    .map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.title[report.language] || s.id}
                      </option>
                    ))}
                </select>
              </label>
              <button
                type="button"
                className="button"
                disabled={busy || section === ''}
                onClick={() => void redraft()}
              >
                <RefreshCw aria-hidden="true" /> {t('reports.workspace.redraft')}
              </button>
            </section>
          )}
          <VersionsPanel
            reportId={report.id}
            final={final}
            busy={busy}
            onSaveVersion={() => void version(false)}
            onFinalize={() => void version(true)}
          />
        </aside>
      </div>
    </div>
  );
}
