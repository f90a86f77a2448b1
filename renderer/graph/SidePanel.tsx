/**
 * The selected node: an account's profile (personal fields hidden until revealed), identifiers
 * (hashes masked), transfers, trades and alerts; an external party's transfers; an event.
 * Expansion by one edge type starts here.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Eye } from 'lucide-react';
import { maskHash } from '../../shared/graph/masking';
import type { EdgeType } from '../../shared/graph/types';
import { EDGE_TYPES } from '../../shared/graph/types';
import { ChoiceDialog } from '../alerts/ChoiceDialog';
import type { RevealReason } from '../alerts/personalData';
import { MASK, REVEAL_REASONS, revealKey, revealPersonalField, useRevealed } from '../alerts/personalData';
import { useFormat } from '../i18n/useFormat';
import { useSessionUser } from '../users/useUsers';
import { graphClient } from './graphClient';
import { collapse, expand } from './graphActions';
import { useGraphStore } from './graphStore';
import type { AccountDetails } from './protocol';

type PersonalField = 'holder_masked' | 'id_number_masked' | 'phone_masked';

export function SidePanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const selected = useGraphStore((state) => state.selected);
  const node = useGraphStore((state) =>
    state.selected ? state.view.nodes[state.selected] : undefined,
  );
  const generation = useGraphStore((state) => state.generation);
  const filter = useGraphStore((state) => state.filter);
  const dataset = useGraphStore((state) => state.dataset);
  const user = useSessionUser();
  const isRevealed = useRevealed();
  // Revealing goes through the same reasoned, audited path as the alert detail's accounts table.
  const [asking, setAsking] = useState<{ account: string; field: PersonalField } | null>(null);
  const [details, setDetails] = useState<{ node: string; details: AccountDetails } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [via, setVia] = useState<EdgeType | 'all'>('all');

  useEffect(() => {
    if (!selected || !generation) return;
    let cancelled = false;
    graphClient()
      .call('details', { generation, node: selected })
      .then(
        (answer) =>
          !cancelled && (setDetails({ node: selected, details: answer }), setProblem(null)),
        (error: Error) => !cancelled && setProblem(error.message),
      );
    return () => {
      cancelled = true;
    };
  }, [selected, generation]);

  if (!selected || !node) {
    return (
      <aside className="graph-side" aria-label={t('graph.side.label')}>
        <p className="muted">{t('graph.side.none')}</p>
      </aside>
    );
  }
  const current = details?.node === selected ? details.details : null;
  const account = current?.account ?? null;
  const personal = (field: PersonalField) => {
    const value = account?.[field];
    if (!account || !value) return <span className="muted">—</span>;
    if (dataset && isRevealed(revealKey(dataset, account.id, field))) return <span>{value}</span>;
    const label = t('alerts.reveal.button', {
      field: t(`alerts.reveal.fields.${field}`),
      account: account.id,
    });
    return (
      <span className="masked">
        <span aria-label={t('alerts.masked')}>{MASK}</span>
        <button
          type="button"
          className="icon-button"
          disabled={!user || !dataset}
          onClick={() => setAsking({ account: account.id, field })}
          aria-label={label}
          title={label}
        >
          <Eye aria-hidden="true" size={14} />
        </button>
      </span>
    );
  };

  return (
    <aside className="graph-side" aria-label={t('graph.side.label')}>
      <h2 className="graph-side__title">
        <span className="mono">{node.label}</span>{' '}
        <span className="badge">{t(`graph.nodeKind.${node.kind}`)}</span>
      </h2>
      <div className="graph-side__expand">
        <label className="graph-field">
          {t('graph.side.expandVia')}
          <select value={via} onChange={(event) => setVia(event.target.value as EdgeType | 'all')}>
            <option value="all">{t('graph.side.allTypes')}</option>
            {EDGE_TYPES.filter((type) => filter.types.includes(type)).map((type) => (
              <option key={type} value={type}>
                {t(`graph.edgeType.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          onClick={() =>
            void expand([selected], via === 'all' ? filter : { ...filter, types: [via] })
          }
        >
          {t('graph.side.expand')}
        </button>
        <button type="button" className="button" onClick={() => void collapse(selected)}>
          {t('graph.toolbar.collapse')}
        </button>
      </div>
      {problem && <p className="error-text">{problem}</p>}
      {!current && !problem && <p className="muted">{t('common.loading')}</p>}
      {account && (
        <section aria-label={t('graph.side.profile')}>
          <h3>{t('graph.side.profile')}</h3>
          <dl className="definition-list">
            <dt>{t('graph.side.broker')}</dt>
            <dd>
              {account.broker} / {account.branch}
            </dd>
            <dt>{t('graph.side.region')}</dt>
            <dd>{account.region}</dd>
            <dt>{t('graph.side.accountKind')}</dt>
            <dd>{t(`graph.accountKind.${account.kind}`)}</dd>
            <dt>{t('graph.side.opened')}</dt>
            <dd>{account.opened}</dd>
            <dt>{t('graph.side.risk')}</dt>
            <dd>{account.risk_level}</dd>
            <dt>{t('graph.side.status')}</dt>
            <dd>{t(`graph.accountStatus.${account.status}`)}</dd>
            <dt>{t('graph.side.holder')}</dt>
            <dd>{personal('holder_masked')}</dd>
            {account.id_number_masked && (
              <>
                <dt>{t('graph.side.idNumber')}</dt>
                <dd className="mono">{personal('id_number_masked')}</dd>
              </>
            )}
            {account.phone_masked && (
              <>
                <dt>{t('graph.side.phone')}</dt>
                <dd className="mono">{personal('phone_masked')}</dd>
              </>
            )}
          </dl>
          {!user && <p className="muted">{t('graph.side.revealNeedsUser')}</p>}
          <ChoiceDialog
            open={asking !== null}
            title={t('alerts.reveal.title')}
            subject={
              asking
                ? t('alerts.reveal.subject', {
                    field: t(`alerts.reveal.fields.${asking.field}`),
                    account: asking.account,
                  })
                : ''
            }
            choices={REVEAL_REASONS.map((reason) => ({
              value: reason,
              label: t(`alerts.reveal.reasons.${reason}`),
            }))}
            onChoose={(reason) => {
              const target = asking;
              setAsking(null);
              if (!target || !user || !dataset) return;
              revealPersonalField(
                dataset,
                target.account,
                target.field,
                reason as RevealReason,
                user,
              ).catch((error: Error) => setProblem(error.message));
            }}
            onClose={() => setAsking(null)}
          />
        </section>
      )}
      {current && current.alerts.length > 0 && (
        <section>
          <h3>{t('graph.side.alerts', { count: current.alerts.length })}</h3>
          <ul className="graph-side__list">
            {current.alerts.map((alert) => (
              <li key={alert.id}>
                <span className="mono">{alert.id}</span>{' '}
                {t(`typology.${alert.typology}` as 'typology.other', {
                  defaultValue: alert.typology,
                })}{' '}
                <span className="badge badge--warning">{alert.score.toFixed(2)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {current && current.identifiers.length > 0 && (
        <section>
          <h3>{t('graph.side.identifiers', { count: current.identifiers.length })}</h3>
          <table className="table graph-side__table">
            <thead>
              <tr>
                <th scope="col">{t('graph.side.kind')}</th>
                <th scope="col">{t('graph.side.hash')}</th>
                <th scope="col" className="numeric">
                  {t('graph.side.sharedBy')}
                </th>
              </tr>
            </thead>
            <tbody>
              {current.identifiers.map((identifier) => (
                <tr key={`${identifier.kind}:${identifier.hash}`}>
                  <td>{t(`graph.identifierKind.${identifier.kind}`)}</td>
                  <td className="mono">{maskHash(identifier.hash)}</td>
                  <td className="numeric">
                    {format.number(identifier.sharedBy)}
                    {identifier.sharedBy > filter.maxSharedAccounts && (
                      <span className="badge badge--warning">{t('graph.side.setAside')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {current && current.transferCount > 0 && (
        <section>
          <h3>{t('graph.side.transfers', { count: current.transferCount })}</h3>
          <table className="table graph-side__table">
            <thead>
              <tr>
                <th scope="col">{t('graph.side.time')}</th>
                <th scope="col">{t('graph.side.counterpart')}</th>
                <th scope="col" className="numeric">
                  {t('graph.side.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {current.transfers.map((transfer) => {
                const outgoing = transfer.from === selected;
                const other = outgoing ? transfer.to : transfer.from;
                return (
                  <tr key={transfer.id}>
                    <td className="nowrap">{format.marketTime(transfer.ts)}</td>
                    <td className="mono">
                      {outgoing ? '→ ' : '← '}
                      {other.startsWith('EXT:') ? maskHash(other) : other}
                    </td>
                    <td className="numeric">{format.number(transfer.amount)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
      {current && current.tradeCount > 0 && (
        <section>
          <h3>{t('graph.side.trades', { count: current.tradeCount })}</h3>
          <table className="table graph-side__table">
            <thead>
              <tr>
                <th scope="col">{t('graph.side.time')}</th>
                <th scope="col">{t('graph.side.instrument')}</th>
                <th scope="col">{t('graph.side.side')}</th>
                <th scope="col" className="numeric">
                  {t('graph.side.qty')}
                </th>
                <th scope="col">{t('graph.side.counterparty')}</th>
              </tr>
            </thead>
            <tbody>
              {current.trades.map((trade) => (
                <tr key={trade.id}>
                  <td className="nowrap">{format.marketTime(trade.ts)}</td>
                  <td className="mono">{trade.instrument}</td>
                  <td>{t(`graph.side.sides.${trade.side}`)}</td>
                  <td className="numeric">{format.number(trade.qty)}</td>
                  <td className="mono">{trade.counterparty ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </aside>
  );
}
