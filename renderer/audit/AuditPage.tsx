import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Download, ScrollText, ShieldAlert, ShieldCheck } from 'lucide-react';
import type { ChainCheck } from '../../shared/audit/auditChain';
import { verifyAuditLog } from '../db/audit';
import { getDatabase } from '../db/database';
import type { AuditRecord } from '../db/records';
import { useFormat } from '../i18n/useFormat';
import { KeysLockedError } from '../keys/identities';
import { UnlockKeysDialog } from '../keys/UnlockKeysDialog';
import { EmptyState } from '../shell/EmptyState';
import { Loading } from '../shell/Loading';
import { PageIntro } from '../shell/PageIntro';
import { useUserNames } from '../users/useUsers';
import { exportAuditLog } from './auditExportFile';
import type { AuditFilter } from './useAuditLog';
import { AUDIT_PAGE_SIZE, useAuditLog } from './useAuditLog';
import './audit.css';

function compact(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const userName = useUserNames();
  const ids = { actor: useId(), action: useId(), entity: useId(), text: useId() };
  const [filter, setFilter] = useState<AuditFilter>({});
  const [refresh, setRefresh] = useState(0);
  const log = useAuditLog(filter, refresh);
  const [check, setCheck] = useState<ChainCheck | 'running' | null>(null);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const [unlocking, setUnlocking] = useState(false);
  const brokenAt = check !== null && check !== 'running' && !check.ok ? check.brokenAt : null;

  const verify = async () => {
    setCheck('running');
    setCheck(await verifyAuditLog(getDatabase()));
    // Show the entries as stored now: a change made outside the app does not notify the page.
    setRefresh((value) => value + 1);
  };

  const runExport = async () => {
    setExportMessage(null);
    try {
      const outcome = await exportAuditLog();
      if (outcome.saved)
        setExportMessage(t('audit.export.done', { count: outcome.entries, location: outcome.location ?? '' }));
    } catch (error) {
      if (error instanceof KeysLockedError) setUnlocking(true);
      else setExportMessage(String(error));
    }
  };

  // Bring the broken entry into the list once the check has found it.
  useEffect(() => {
    if (brokenAt === null) return;
    document.querySelector(`[data-seq="${brokenAt}"]`)?.scrollIntoView({ block: 'center' });
  }, [brokenAt, log]);

  if (!log) return <Loading />;
  const set = (patch: Partial<AuditFilter>) => {
    const next: AuditFilter = { ...filter, ...patch };
    for (const key of Object.keys(next) as (keyof AuditFilter)[]) if (next[key] === '' || next[key] === undefined) delete next[key];
    setFilter(next);
  };

  return (
    <>
      <PageIntro page="audit" />
      <section className="card" aria-labelledby="audit-integrity">
        <header className="card__header">
          <ShieldCheck aria-hidden="true" />
          <h2 id="audit-integrity">{t('audit.integrity.title')}</h2>
        </header>
        <div className="card__body audit-integrity">
          <p className="muted">{t('audit.integrity.explanation')}</p>
          <div className="audit-integrity__actions">
            <button type="button" className="button button--primary" onClick={() => void verify()} disabled={check === 'running'}>
              <ShieldCheck aria-hidden="true" size={14} /> {t('audit.integrity.verify')}
            </button>
            <button type="button" className="button" onClick={() => void runExport()} disabled={log.total === 0}>
              <Download aria-hidden="true" size={14} /> {t('audit.export.button')}
            </button>
          </div>
          <div role="status">
            {check === 'running' && <p>{t('audit.integrity.running')}</p>}
            {check !== null && check !== 'running' && check.ok && (
              <p className="audit-ok">{t('audit.integrity.ok', { count: check.entries })}</p>
            )}
            {check !== null && check !== 'running' && !check.ok && (
              <div className="audit-broken">
                <ShieldAlert aria-hidden="true" size={18} />
                <div>
                  <p>
                    <strong>{t('audit.integrity.broken', { seq: check.brokenAt })}</strong>{' '}
                    {t(`audit.integrity.reason.${check.reason}`)}
                  </p>
                  <button type="button" className="button" onClick={() => setFilter({ aroundSeq: check.brokenAt })}>
                    {t('audit.integrity.show', { seq: check.brokenAt })}
                  </button>
                </div>
              </div>
            )}
            {exportMessage && <p>{exportMessage}</p>}
          </div>
        </div>
      </section>

      {log.total === 0 ? (
        <div className="card">
          <EmptyState icon={ScrollText} title={t('audit.emptyTitle')}>
            <p>{t('audit.emptyBody')}</p>
          </EmptyState>
        </div>
      ) : (
        <section className="card" aria-labelledby="audit-entries">
          <header className="card__header">
            <ScrollText aria-hidden="true" />
            <h2 id="audit-entries">{t('audit.listTitle')}</h2>
          </header>
          <div className="audit-filters" role="search" aria-label={t('audit.filters.label')}>
            <div className="queue-filter">
              <label htmlFor={ids.actor}>{t('audit.columns.actor')}</label>
              <select id={ids.actor} className="form-field__input" value={filter.actor ?? ''} onChange={(event) => set({ actor: event.target.value, aroundSeq: undefined })}>
                <option value="">{t('audit.filters.any')}</option>
                {log.actors.map((actor) => (
                  <option key={actor} value={actor}>
                    {userName(actor)}
                  </option>
                ))}
              </select>
            </div>
            <div className="queue-filter">
              <label htmlFor={ids.entity}>{t('audit.columns.entity')}</label>
              <select id={ids.entity} className="form-field__input" value={filter.entity ?? ''} onChange={(event) => set({ entity: event.target.value, aroundSeq: undefined })}>
                <option value="">{t('audit.filters.any')}</option>
                {log.entities.map((entity) => (
                  <option key={entity} value={entity}>
                    {entity}
                  </option>
                ))}
              </select>
            </div>
            <div className="queue-filter">
              <label htmlFor={ids.action}>{t('audit.columns.action')}</label>
              <input id={ids.action} className="form-field__input" value={filter.action ?? ''} placeholder="alert." onChange={(event) => set({ action: event.target.value, aroundSeq: undefined })} />
            </div>
            <div className="queue-filter audit-filters__text">
              <label htmlFor={ids.text}>{t('audit.filters.text')}</label>
              <input id={ids.text} type="search" className="form-field__input" value={filter.text ?? ''} onChange={(event) => set({ text: event.target.value, aroundSeq: undefined })} />
            </div>
            {Object.keys(filter).length > 0 && (
              <button type="button" className="button" onClick={() => setFilter({})}>
                {t('audit.filters.reset')}
              </button>
            )}
          </div>
          <div className="audit-table">
            <table className="table table--compact" aria-label={t('audit.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col" className="numeric">{t('audit.columns.seq')}</th>
                  <th scope="col">{t('audit.columns.time')}</th>
                  <th scope="col">{t('audit.columns.actor')}</th>
                  <th scope="col">{t('audit.columns.action')}</th>
                  <th scope="col">{t('audit.columns.entity')}</th>
                  <th scope="col">{t('audit.columns.change')}</th>
                  <th scope="col">{t('audit.columns.hash')}</th>
                </tr>
              </thead>
              <tbody>
                {log.entries.map((entry: AuditRecord) => {
                  const broken = brokenAt !== null && entry.seq >= brokenAt;
                  return (
                    <tr key={entry.seq} data-seq={entry.seq} className={entry.seq === brokenAt ? 'audit-row--break' : broken ? 'audit-row--after-break' : undefined}>
                      <td className="numeric">
                        {entry.seq}
                        {entry.seq === brokenAt && <span className="audit-break-mark">{t('audit.integrity.breaksHere')}</span>}
                      </td>
                      <td className="nowrap">{format.timestamp(entry.ts)}</td>
                      <td>{userName(entry.actor)}</td>
                      <td className="mono">{entry.action}</td>
                      <td>
                        {entry.entity} <span className="mono muted">{entry.entityId}</span>
                      </td>
                      <td className="audit-change mono">
                        {entry.before !== undefined && entry.before !== null && <span className="muted">{compact(entry.before)} → </span>}
                        {compact(entry.after)}
                        {entry.detail && <div className="muted">{entry.detail}</div>}
                      </td>
                      <td className="mono muted" title={entry.hash}>{entry.hash.slice(0, 10)}…</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <footer className="card__footer">
            {filter.aroundSeq !== undefined
              ? t('audit.around', { seq: filter.aroundSeq })
              : t('audit.shown', { shown: format.number(log.entries.length), total: format.number(log.total), limit: AUDIT_PAGE_SIZE })}
          </footer>
        </section>
      )}
      <UnlockKeysDialog
        open={unlocking}
        onClose={() => setUnlocking(false)}
        onUnlocked={() => {
          setUnlocking(false);
          void runExport();
        }}
      />
    </>
  );
}
