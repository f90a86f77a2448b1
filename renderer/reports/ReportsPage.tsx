import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePlus2, FileText, LayoutTemplate } from 'lucide-react';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../i18n/useFormat';
import { Card } from '../shell/Card';
import { EmptyState } from '../shell/EmptyState';
import { Loading } from '../shell/Loading';
import { PageIntro } from '../shell/PageIntro';
import { NewReportDialog } from './NewReportDialog';
import { ReportWorkspace } from './ReportWorkspace';
import { TemplatesDialog } from './TemplatesDialog';
import { useReports } from './useReports';
import './reports.css';

export function ReportsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const reports = useReports();
  const [params] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [templates, setTemplates] = useState(false);
  const open = params.get('report');

  if (open) return <ReportWorkspace key={open} reportId={open} />;
  if (!reports) return <Loading />;
  return (
    <>
      <PageIntro page="reports" />
      <div className="report-page-actions">
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          <FilePlus2 aria-hidden="true" /> {t('reports.newReport')}
        </button>
        <button type="button" className="button" onClick={() => setTemplates(true)}>
          <LayoutTemplate aria-hidden="true" /> {t('reports.templatesButton')}
        </button>
      </div>
      {reports.length === 0 ? (
        <div className="card">
          <EmptyState icon={FileText} title={t('reports.emptyTitle')}>
            <p>{t('reports.emptyBody')}</p>
          </EmptyState>
        </div>
      ) : (
        <Card
          title={t('reports.listTitle')}
          icon={FileText}
          flush
          footer={t('reports.total', { count: reports.length })}
        >
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('reports.columns.title')}</th>
                <th scope="col">{t('reports.columns.kind')}</th>
                <th scope="col">{t('reports.columns.status')}</th>
                <th scope="col">{t('reports.columns.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((report) => (
                <tr key={report.id}>
                  <td>
                    <Link to={`/reports?report=${encodeURIComponent(report.id)}`}>
                      {report.title}
                    </Link>
                  </td>
                  <td>{t(`reports.kind.${report.kind}`)}</td>
                  <td>{t(`reports.status.${report.status}`)}</td>
                  <td>{format.dateTime(report.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {creating && <NewReportDialog open={creating} onClose={() => setCreating(false)} />}
      {templates && <TemplatesDialog open={templates} onClose={() => setTemplates(false)} />}
    </>
  );
}
