/**
 * 实际控制关联账户 / 出借账户 (account control). Signals, per group (账户组):
 * - at least `min_cluster_size` accounts;
 * - sharing at least `min_shared_identifiers` kinds of `identifier_kinds` (a common funder or
 *   collecting card counts as one more kind);
 * - trading in step: two or more of them trading the same stock in the same direction within
 *   `co_trading_window_minutes`, on `min_co_trading_days` days.
 */
import type { AlertDraft } from '../alerts';
import { strengthPast } from '../alerts';
import { rowsOf } from '../columns';
import { accountIds, type LocalDetector } from '../context';
import { linkBetween } from '../links';
import { atMarketClock, MINUTE_MS } from '../time';

export const ACCOUNT_CONTROL_DEFAULTS = {
  min_shared_identifiers: 2,
  identifier_kinds: ['device', 'mac', 'phone', 'bank_card', 'email'] as readonly string[],
  co_trading_window_minutes: 15,
  min_cluster_size: 3,
  min_co_trading_days: 3,
};

export const accountControlDetector: LocalDetector = {
  name: 'account_control',
  typologies: ['account_control'],
  detect(context) {
    const { values: p, rule } = context.params('account_control', ACCOUNT_CONTROL_DEFAULTS);
    const { data, groups } = context;
    const { trades } = data;
    const byAccount = data.tradesByAccount();
    const drafts: AlertDraft[] = [];
    for (const members of groups.members) {
      if (members.length < p.min_cluster_size) continue;
      const kinds = new Set<string>();
      let funded = false;
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++)
          for (const kind of linkBetween(context.links, members[i]!, members[j]!)?.kinds ?? []) {
            if (p.identifier_kinds.includes(kind)) kinds.add(kind);
            if (kind === 'common_outside_party') funded = true;
          }
      const evidence = kinds.size + (funded ? 1 : 0);
      if (evidence < p.min_shared_identifiers) continue;
      const rows = members.flatMap((account) => Array.from(rowsOf(byAccount, account)));
      rows.sort((a, b) => trades.ts[a]! - trades.ts[b]!);
      const windowMs = p.co_trading_window_minutes * MINUTE_MS;
      const coDays = new Set<number>();
      const coAccounts = new Set<number>();
      const instruments = new Set<number>();
      let episodes = 0;
      for (let i = 0, j = 0; i < rows.length; i++) {
        const row = rows[i]!;
        while (trades.ts[rows[j]!]! < trades.ts[row]! - windowMs) j++;
        for (let k = j; k < i; k++) {
          const other = rows[k]!;
          if (
            trades.instrument[other] === trades.instrument[row] &&
            trades.side[other] === trades.side[row] &&
            trades.account[other] !== trades.account[row]
          ) {
            episodes++;
            coDays.add(trades.day[row]!);
            coAccounts.add(trades.account[row]!).add(trades.account[other]!);
            instruments.add(trades.instrument[row]!);
            break;
          }
        }
      }
      if (coDays.size < p.min_co_trading_days) continue;
      const dayList = [...coDays].sort((a, b) => a - b);
      const kindList = [...kinds].sort();
      drafts.push({
        typology: 'account_control',
        accounts: accountIds(data, members),
        instruments: [...instruments].map((instrument) => data.instruments.names[instrument]!),
        fromMs: atMarketClock(dayList[0]!, 9, 30),
        toMs: atMarketClock(dayList.at(-1)!, 15, 0),
        rule: rule?.id ?? null,
        signals: [
          {
            name: 'cluster_size',
            value: members.length,
            strength: strengthPast(members.length, p.min_cluster_size, p.min_cluster_size * 2),
            weight: 1,
          },
          {
            name: 'shared_identifier_kinds',
            value: kindList.join(','),
            strength: strengthPast(kindList.length, p.min_shared_identifiers, 4),
            weight: 3,
          },
          { name: 'common_funding', value: funded, strength: funded ? 1 : 0, weight: 2 },
          {
            name: 'co_trading_days',
            value: coDays.size,
            strength: strengthPast(coDays.size, p.min_co_trading_days, p.min_co_trading_days * 3),
            weight: 3,
          },
          {
            name: 'co_trading_accounts',
            value: coAccounts.size,
            strength: strengthPast(coAccounts.size / members.length, 0.3, 1),
            weight: 1,
          },
        ],
        summary: `${members.length}个账户共用${kindList.join('、')}${funded ? '且资金同源' : ''}，其中${coAccounts.size}个账户在${coDays.size}个交易日于${p.co_trading_window_minutes}分钟内同向交易同一证券（共${episodes}次），疑似由同一人实际控制。`,
      });
    }
    return drafts;
  },
};
