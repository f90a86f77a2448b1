import { useTranslation } from 'react-i18next';
import { Briefcase } from 'lucide-react';
import { useFormat } from '../i18n/useFormat';
import { Card } from '../shell/Card';
import { EmptyState } from '../shell/EmptyState';
import { Loading } from '../shell/Loading';
import { PageIntro } from '../shell/PageIntro';
import { useCases } from './useCases';

export function CasesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const cases = useCases();

  if (!cases) return <Loading />;
  return (
    <>
      <PageIntro page="cases" />
      {cases.length === 0 ? (
        <div className="card">
          <EmptyState icon={Briefcase} title={t('cases.emptyTitle')}>
            <p>{t('cases.emptyBody')}</p>
          </EmptyState>
        </div>
      ) : (
        <Card
          title={t('cases.listTitle')}
          icon={Briefcase}
          flush
          footer={t('cases.total', { count: cases.length })}
        >
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('cases.columns.title')}</th>
                <th scope="col">{t('cases.columns.status')}</th>
                <th scope="col">{t('cases.columns.owner')}</th>
                <th scope="col" className="numeric">
                  {t('cases.columns.alerts')}
                </th>
                <th scope="col">{t('cases.columns.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((record) => (
                <tr key={record.id}>
                  <td>{record.title}</td>
                  <td>{t(`cases.status.${record.status}`)}</td>
                  <td>{record.owner}</td>
                  <td className="numeric">{format.number(record.alertIds.length)}</td>
                  <td>{format.dateTime(record.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
