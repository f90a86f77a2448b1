import { useTranslation } from 'react-i18next';
import { ScrollText } from 'lucide-react';
import { useFormat } from '../i18n/useFormat';
import { Card } from '../shell/Card';
import { EmptyState } from '../shell/EmptyState';
import { Loading } from '../shell/Loading';
import { PageIntro } from '../shell/PageIntro';
import { useAuditLog } from './useAuditLog';

export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const log = useAuditLog();

  if (!log) return <Loading />;
  return (
    <>
      <PageIntro page="audit" />
      {log.total === 0 ? (
        <div className="card">
          <EmptyState icon={ScrollText} title={t('audit.emptyTitle')}>
            <p>{t('audit.emptyBody')}</p>
          </EmptyState>
        </div>
      ) : (
        <Card
          title={t('audit.listTitle')}
          icon={ScrollText}
          flush
          footer={t('audit.shown', {
            shown: format.number(log.latest.length),
            total: format.number(log.total),
          })}
        >
          <table className="table">
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('audit.columns.seq')}
                </th>
                <th scope="col">{t('audit.columns.time')}</th>
                <th scope="col">{t('audit.columns.actor')}</th>
                <th scope="col">{t('audit.columns.action')}</th>
                <th scope="col">{t('audit.columns.entity')}</th>
              </tr>
            </thead>
            <tbody>
              {log.latest.map((entry) => (
                <tr key={entry.seq}>
                  <td className="numeric">{entry.seq}</td>
                  <td>{format.timestamp(entry.ts)}</td>
                  <td>{entry.actor}</td>
                  <td className="mono">{entry.action}</td>
                  <td>
                    {entry.entity} <span className="mono muted">{entry.entityId}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
