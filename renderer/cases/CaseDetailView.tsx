import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseStatus } from '../db/records';
import { useFormat } from '../i18n/useFormat';
import { useUserNames } from '../users/useUsers';
import { setCaseStatus } from './caseStore';
import type { CaseDetail } from './useCaseDetail';

const STATUSES: CaseStatus[] = ['open', 'in_review', 'closed'];

/** A case: its members, the evidence it collected, and the timeline of what was done. */
export function CaseDetailView({ detail, onProblem }: { detail: CaseDetail; onProblem: (error: unknown) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const userName = useUserNames();
  const statusId = useId();
  const { record, evidence, timeline } = detail;
  return (
    <article className="case-detail" aria-labelledby="case-detail-title">
      <header className="case-detail__header">
        <h2 id="case-detail-title">{record.title}</h2>
        <div className="case-detail__facts">
          <span>{t('cases.detail.owner', { name: userName(record.owner) })}</span>
          <span>{t('cases.detail.created', { date: format.dateTime(record.createdAt) })}</span>
          <label htmlFor={statusId}>{t('cases.detail.status')}</label>
          <select
            id={statusId}
            className="form-field__input"
            value={record.status}
            onChange={(event) => setCaseStatus(record.id, event.target.value as CaseStatus).catch(onProblem)}
          >
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`cases.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        {record.description && <p>{record.description}</p>}
      </header>

      <div className="case-detail__members">
        <section aria-labelledby="case-alerts">
          <h3 id="case-alerts">{t('cases.detail.alerts')}</h3>
          {record.alertIds.length === 0 ? (
            <p className="muted">{t('cases.detail.noAlerts')}</p>
          ) : (
            <ul className="case-list">
              {record.alertIds.map((key) => (
                <li key={key}>
                  <Link className="mono" to={`/alerts?alert=${encodeURIComponent(key)}`}>
                    {key}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="case-accounts">
          <h3 id="case-accounts">{t('cases.detail.accounts')}</h3>
          {record.accountIds.length === 0 ? (
            <p className="muted">{t('cases.detail.noAccounts')}</p>
          ) : (
            <ul className="case-list">
              {record.accountIds.map((key) => (
                <li key={key} className="mono">
                  {key}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="case-evidence">
        <h3 id="case-evidence">{t('cases.detail.evidence')}</h3>
        {evidence.length === 0 ? (
          <p className="muted">{t('cases.detail.noEvidence')}</p>
        ) : (
          <ul className="evidence-list">
            {evidence.map((item) => (
              <li key={item.id} className="evidence">
                <p className="evidence__title">
                  <strong>{item.title}</strong> <span className="muted">· {t(`cases.evidenceKinds.${item.kind}`)}</span>
                </p>
                {item.image && <img src={item.image} alt={item.title} className="evidence__image" />}
                {item.columns && item.rows && (
                  <div className="evidence__rows">
                    <table className="table table--compact">
                      <thead>
                        <tr>
                          {item.columns.map((column) => (
                            <th key={column} scope="col">
                              {column}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {item.rows.map((row, index) => (
                          <tr key={index}>
                            {row.map((cell, column) => (
                              <td key={column}>{cell ?? '—'}</td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                <p className="muted evidence__meta">
                  {t('cases.detail.provenance', { view: item.provenance.view })} ·{' '}
                  {t('cases.detail.addedBy', { name: userName(item.createdBy), date: format.dateTime(item.createdAt) })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="case-timeline">
        <h3 id="case-timeline">{t('cases.detail.timeline')}</h3>
        <ol className="case-timeline">
          {timeline.map((entry) => (
            <li key={entry.seq}>
              <span className="nowrap muted">{format.dateTime(entry.ts)}</span> <span>{userName(entry.actor)}</span>{' '}
              <span className="mono">{entry.action}</span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
