/**
 * Builds a LinkModel from rows fed one at a time, in any order, so a caller can stream a table
 * out of storage without holding it. Memory grows with accounts, ties and trades' (time,
 * account, side) triples, never with whole rows.
 */
import type {
  Account,
  AccountIdentifier,
  Alert,
  CorporateEvent,
  IdentifierKind,
  Insider,
  Trade,
  Transfer,
} from '../dictionary/types';
import { isoTimestampMs } from '../importer/epochMs';
import { InstrumentTrades, coTradingPairs } from './coTrading';
import type { IdentifierGroup } from './linkModel';
import { LinkModel, edgeIdOf } from './linkModel';
import type { LinkModelOptions } from './types';
import { DEFAULT_LINK_MODEL_OPTIONS, EVENT_NODE_PREFIX, EXTERNAL_PREFIX } from './types';

interface MoneyFlow {
  a: string;
  b: string;
  countAB: number;
  amountAB: number;
  countBA: number;
  amountBA: number;
  firstSeen: number;
  lastSeen: number;
}

interface TradeFlow {
  /** Trades as written on each side's row; both sides are usually written. */
  countAB: number;
  countBA: number;
  amountAB: number;
  amountBA: number;
  firstSeen: number;
  lastSeen: number;
}

export class LinkModelBuilder {
  private readonly model = new LinkModel();
  private readonly money = new Map<string, MoneyFlow>();
  private readonly tradesBetween = new Map<string, TradeFlow>();
  private readonly instrumentTrades = new Map<string, InstrumentTrades>();
  private readonly accountIndex = new Map<string, number>();
  private readonly accountIds: string[] = [];
  private readonly insiders: Insider[] = [];

  constructor(private readonly options: LinkModelOptions = DEFAULT_LINK_MODEL_OPTIONS) {
    this.model.coTradingWindowMinutes = options.coTradingWindowMinutes;
  }

  addAccount(row: Account): void {
    this.model.accounts.set(row.id, row);
  }

  addEvent(row: CorporateEvent): void {
    this.model.events.set(row.id, row);
  }

  addAlert(row: Alert): void {
    this.model.alerts.set(row.id, row);
    for (const account of new Set(row.accounts)) {
      const list = this.model.alertsByAccount.get(account) ?? [];
      list.push(row.id);
      this.model.alertsByAccount.set(account, list);
    }
  }

  addIdentifier(row: AccountIdentifier): void {
    this.addIdentifierAt(
      row.account,
      row.kind,
      row.value_hash,
      isoTimestampMs(row.first_seen),
      isoTimestampMs(row.last_seen),
    );
  }

  /** As addIdentifier, with times already in epoch ms (columnar chunks carry them). */
  addIdentifierAt(
    account: string,
    kind: IdentifierKind,
    hash: string,
    firstSeen: number,
    lastSeen: number,
  ): void {
    let byHash = this.model.identifierGroups.get(kind);
    if (!byHash)
      this.model.identifierGroups.set(kind, (byHash = new Map<string, IdentifierGroup>()));
    let group = byHash.get(hash);
    if (!group) {
      group = { kind, hash, members: [] };
      byHash.set(hash, group);
    }
    group.members.push({ account, firstSeen, lastSeen });
    const groups = this.model.groupsByAccount.get(account) ?? [];
    groups.push(group);
    this.model.groupsByAccount.set(account, groups);
  }

  addTransfer(row: Transfer): void {
    this.addTransferAt(row.from, row.to, row.amount, isoTimestampMs(row.ts));
  }

  addTransferAt(from: string, to: string, amount: number, ts: number): void {
    if (from === to) return;
    const forward = from < to;
    const [a, b] = forward ? [from, to] : [to, from];
    const key = `${a}|${b}`;
    let flow = this.money.get(key);
    if (!flow) {
      flow = {
        a,
        b,
        countAB: 0,
        amountAB: 0,
        countBA: 0,
        amountBA: 0,
        firstSeen: ts,
        lastSeen: ts,
      };
      this.money.set(key, flow);
    }
    if (forward) {
      flow.countAB++;
      flow.amountAB += amount;
    } else {
      flow.countBA++;
      flow.amountBA += amount;
    }
    flow.firstSeen = Math.min(flow.firstSeen, ts);
    flow.lastSeen = Math.max(flow.lastSeen, ts);
  }

  addTrade(row: Trade): void {
    this.addTradeAt(
      row.account,
      row.counterparty ?? null,
      row.instrument,
      isoTimestampMs(row.ts),
      row.side === 'B',
      row.price * row.qty,
    );
  }

  addTradeAt(
    account: string,
    counterparty: string | null,
    instrument: string,
    ts: number,
    buy: boolean,
    amount: number,
  ): void {
    let trades = this.instrumentTrades.get(instrument);
    if (!trades) this.instrumentTrades.set(instrument, (trades = new InstrumentTrades()));
    trades.add(ts, this.indexOf(account), buy);
    const other = counterparty;
    if (!other || other === account) return;
    const forward = account < other;
    const key = forward ? `${account}|${other}` : `${other}|${account}`;
    let flow = this.tradesBetween.get(key);
    if (!flow) {
      flow = { countAB: 0, countBA: 0, amountAB: 0, amountBA: 0, firstSeen: ts, lastSeen: ts };
      this.tradesBetween.set(key, flow);
    }
    if (forward) {
      flow.countAB++;
      flow.amountAB += amount;
    } else {
      flow.countBA++;
      flow.amountBA += amount;
    }
    flow.firstSeen = Math.min(flow.firstSeen, ts);
    flow.lastSeen = Math.max(flow.lastSeen, ts);
  }

  addInsider(row: Insider): void {
    this.insiders.push(row);
  }

  private indexOf(account: string): number {
    let index = this.accountIndex.get(account);
    if (index === undefined) {
      index = this.accountIds.length;
      this.accountIds.push(account);
      this.accountIndex.set(account, index);
    }
    return index;
  }

  finish(): LinkModel {
    const model = this.model;
    for (const flow of this.money.values()) {
      const aSends = flow.amountAB >= flow.amountBA;
      model.addPairEdge({
        id: edgeIdOf('transfer', flow.a, flow.b),
        type: 'transfer',
        source: aSends ? flow.a : flow.b,
        target: aSends ? flow.b : flow.a,
        weight: 1 + Math.log10(1 + flow.countAB + flow.countBA),
        count: flow.countAB + flow.countBA,
        amount: flow.amountAB + flow.amountBA,
        firstSeen: flow.firstSeen,
        lastSeen: flow.lastSeen,
        bothWays: flow.countAB > 0 && flow.countBA > 0,
      });
      for (const end of [flow.a, flow.b]) {
        if (!end.startsWith(EXTERNAL_PREFIX)) continue;
        model.externalDegree.set(end, (model.externalDegree.get(end) ?? 0) + 1);
      }
    }
    this.money.clear();
    for (const [key, flow] of this.tradesBetween) {
      const [a, b] = key.split('|') as [string, string];
      // Each trade appears once per side written; the larger side is the trade count.
      const useAB = flow.countAB >= flow.countBA;
      const count = useAB ? flow.countAB : flow.countBA;
      model.addPairEdge({
        id: edgeIdOf('counterparty', a, b),
        type: 'counterparty',
        source: a,
        target: b,
        weight: Math.log2(1 + count),
        count,
        amount: useAB ? flow.amountAB : flow.amountBA,
        firstSeen: flow.firstSeen,
        lastSeen: flow.lastSeen,
      });
    }
    this.tradesBetween.clear();
    const pairs = coTradingPairs(
      this.instrumentTrades.values(),
      this.options.coTradingWindowMinutes,
    );
    this.instrumentTrades.clear();
    for (const pair of pairs.values()) {
      if (pair.occasions < 2) continue;
      const a = this.accountIds[pair.a]!;
      const b = this.accountIds[pair.b]!;
      model.addPairEdge({
        id: edgeIdOf('co_trading', a, b),
        type: 'co_trading',
        source: a < b ? a : b,
        target: a < b ? b : a,
        weight: Math.log2(1 + pair.occasions),
        count: pair.occasions,
        amount: null,
        firstSeen: pair.firstSeen,
        lastSeen: pair.lastSeen,
      });
    }
    for (const insider of this.insiders) {
      const event = model.events.get(insider.event);
      const node = `${EVENT_NODE_PREFIX}${insider.event}`;
      const from = event ? isoTimestampMs(event.sensitive_from) : Number.NaN;
      const to = event ? isoTimestampMs(event.public_ts) : Number.NaN;
      model.addPairEdge({
        id: edgeIdOf('insider', insider.account, node),
        type: 'insider',
        source: insider.account,
        target: node,
        weight: 2,
        count: 1,
        amount: null,
        firstSeen: Number.isNaN(from) ? 0 : from,
        lastSeen: Number.isNaN(to) ? (Number.isNaN(from) ? 0 : from) : to,
        relation: insider.relation,
      });
    }
    return model;
  }
}
