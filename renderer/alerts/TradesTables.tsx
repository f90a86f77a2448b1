import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DictionaryRows } from '../../shared/dictionary/types';
import { AddToCaseButton } from '../cases/AddToCaseButton';
import type { NewEvidence } from '../cases/caseStore';
import { useFormat } from '../i18n/useFormat';

/** Rows listed per table; the heading says how many there are in all. */
const SHOWN = 200;

type Trade = DictionaryRows['trades'];
type Order = DictionaryRows['orders'];

interface TradesTablesProps {
  trades: Trade[];
  orders: Order[];
  /** The alert the rows belong to (`<dataset>:<alertId>`), for the evidence's provenance. */
  alertKey: string;
  dataset: string;
  alertId: string;
}

function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/**
 * The alert accounts' orders and trades in the alert window. Rows can be ticked and the selection
 * added to a case as evidence (a table of exactly those rows).
 */
export function TradesTables({ trades, orders, alertKey, dataset, alertId }: TradesTablesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [pickedTrades, setPickedTrades] = useState<ReadonlySet<string>>(new Set());
  const [pickedOrders, setPickedOrders] = useState<ReadonlySet<string>>(new Set());
  const picked = pickedTrades.size + pickedOrders.size;

  const evidence = (): NewEvidence => {
    const provenance = {
      view: 'alert-detail',
      dataset,
      subjects: [alertKey],
      parameters: { trades: [...pickedTrades], orders: [...pickedOrders] },
    };
    const columns = [
      t('alerts.trades.kind'),
      'id',
      t('alerts.trades.time'),
      t('alerts.trades.account'),
      t('alerts.trades.instrument'),
      t('alerts.trades.side'),
      t('alerts.trades.price'),
      t('alerts.trades.qty'),
      t('alerts.trades.status'),
    ];
    const rows = [
      ...trades
        .filter((trade) => pickedTrades.has(trade.id))
        .map((trade) => [
          t('alerts.trades.tradeRow'),
          trade.id,
          format.marketTime(trade.ts),
          trade.account,
          trade.instrument,
          t(`alerts.trades.sides.${trade.side}`),
          trade.price,
          trade.qty,
          t('alerts.trades.statuses.filled'),
        ]),
      ...orders
        .filter((order) => pickedOrders.has(order.id))
        .map((order) => [
          t('alerts.trades.orderRow'),
          order.id,
          format.marketTime(order.ts),
          order.account,
          order.instrument,
          t(`alerts.trades.sides.${order.side}`),
          order.price,
          order.qty,
          t(`alerts.trades.statuses.${order.status}`),
        ]),
    ];
    return {
      kind: 'rows',
      title: t('alerts.trades.evidenceTitle', { alert: alertId, count: rows.length }),
      columns,
      rows,
      provenance,
    };
  };

  const pick = (label: string, checked: boolean, onChange: () => void) => (
    <td className="trades-tables__pick">
      <input type="checkbox" checked={checked} onChange={onChange} aria-label={label} />
    </td>
  );

  return (
    <div className="trades-tables">
      {picked > 0 && (
        <div className="trades-tables__selection" role="group" aria-label={t('alerts.trades.selection')}>
          <span>{t('alerts.trades.picked', { count: picked })}</span>
          <AddToCaseButton
            small
            produceEvidence={evidence}
            alertKeys={[alertKey]}
            label={t('alerts.trades.addPicked')}
            onAdded={() => {
              setPickedTrades(new Set());
              setPickedOrders(new Set());
            }}
          />
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setPickedTrades(new Set());
              setPickedOrders(new Set());
            }}
          >
            {t('alerts.trades.clearPicked')}
          </button>
        </div>
      )}
      <details open={trades.length > 0}>
        <summary>{t('alerts.trades.title', { count: trades.length })}</summary>
        <div className="trades-tables__scroll">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('alerts.trades.pick')}</span>
                </th>
                <th scope="col">{t('alerts.trades.time')}</th>
                <th scope="col">{t('alerts.trades.account')}</th>
                <th scope="col">{t('alerts.trades.instrument')}</th>
                <th scope="col">{t('alerts.trades.side')}</th>
                <th scope="col" className="numeric">{t('alerts.trades.price')}</th>
                <th scope="col" className="numeric">{t('alerts.trades.qty')}</th>
                <th scope="col">{t('alerts.trades.counterparty')}</th>
              </tr>
            </thead>
            <tbody>
              {trades.slice(0, SHOWN).map((trade) => (
                <tr key={trade.id} aria-selected={pickedTrades.has(trade.id)}>
                  {pick(t('alerts.trades.pickTrade', { id: trade.id }), pickedTrades.has(trade.id), () =>
                    setPickedTrades(toggled(pickedTrades, trade.id)),
                  )}
                  <td className="nowrap">{format.marketTime(trade.ts)}</td>
                  <td className="mono">{trade.account}</td>
                  <td className="mono">{trade.instrument}</td>
                  <td>{t(`alerts.trades.sides.${trade.side}`)}</td>
                  <td className="numeric">{trade.price.toFixed(2)}</td>
                  <td className="numeric">{format.number(trade.qty)}</td>
                  <td className="mono">{trade.counterparty ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <details>
        <summary>{t('alerts.trades.ordersTitle', { count: orders.length })}</summary>
        <div className="trades-tables__scroll">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('alerts.trades.pick')}</span>
                </th>
                <th scope="col">{t('alerts.trades.time')}</th>
                <th scope="col">{t('alerts.trades.account')}</th>
                <th scope="col">{t('alerts.trades.instrument')}</th>
                <th scope="col">{t('alerts.trades.side')}</th>
                <th scope="col" className="numeric">{t('alerts.trades.price')}</th>
                <th scope="col" className="numeric">{t('alerts.trades.qty')}</th>
                <th scope="col">{t('alerts.trades.status')}</th>
                <th scope="col">{t('alerts.trades.cancelled')}</th>
              </tr>
            </thead>
            <tbody>
              {orders.slice(0, SHOWN).map((order) => (
                <tr key={order.id} aria-selected={pickedOrders.has(order.id)}>
                  {pick(t('alerts.trades.pickOrder', { id: order.id }), pickedOrders.has(order.id), () =>
                    setPickedOrders(toggled(pickedOrders, order.id)),
                  )}
                  <td className="nowrap">{format.marketTime(order.ts)}</td>
                  <td className="mono">{order.account}</td>
                  <td className="mono">{order.instrument}</td>
                  <td>{t(`alerts.trades.sides.${order.side}`)}</td>
                  <td className="numeric">{order.price.toFixed(2)}</td>
                  <td className="numeric">{format.number(order.qty)}</td>
                  <td>{t(`alerts.trades.statuses.${order.status}`)}</td>
                  <td className="nowrap">{order.cancel_ts ? format.marketTime(order.cancel_ts) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {(trades.length > SHOWN || orders.length > SHOWN) && (
        <p className="muted">{t('alerts.trades.truncated', { shown: SHOWN })}</p>
      )}
    </div>
  );
}
