import { useTranslation } from 'react-i18next';
import type { DictionaryRows } from '../../shared/dictionary/types';
import { useFormat } from '../i18n/useFormat';

/** Rows listed per table; the heading says how many there are in all. */
const SHOWN = 200;

/** The alert accounts' orders and trades in the alert window. */
export function TradesTables({
  trades,
  orders,
}: {
  trades: DictionaryRows['trades'][];
  orders: DictionaryRows['orders'][];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="trades-tables">
      <details open={trades.length > 0}>
        <summary>{t('alerts.trades.title', { count: trades.length })}</summary>
        <div className="trades-tables__scroll">
          <table className="table table--compact">
            <thead>
              <tr>
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
                <tr key={trade.id}>
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
                <tr key={order.id}>
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
