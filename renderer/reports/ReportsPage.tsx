import { useTranslation } from 'react-i18next';
import { FileText } from 'lucide-react';
import { useFormat } from '../i18n/useFormat';
import { Card } from '../shell/Card';
import { EmptyState } from '../shell/EmptyState';
import { Loading } from '../shell/Loading';
import { PageIntro } from '../shell/PageIntro';
import { useReports } from './useReports';

export function ReportsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const reports = useReports();

  if (!reports) return <Loading />;
  return (
    <>
      <PageIntro page="reports" />
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
                  <td>{report.title}</td>
                  <td>{t(`reports.kind.${report.kind}`)}</td>
                  <td>{t(`reports.status.${report.status}`)}</td>
                  <td>{format.dateTime(report.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
