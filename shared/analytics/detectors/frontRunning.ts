/**
 * 利用未公开信息交易 / 老鼠仓 (front running a product, art. 54). Signals:
 * - product accounts' large blocks: a product's fills in one instrument, side and day of at least
 *   `min_block_share` of the market's volume;
 * - another account's orders in the same instrument and direction in the `lead_minutes` of
 *   trading time (the midday break does not count) before the block's first order;
 * - repeated before `min_occurrences` different blocks of the same product;
 * - a link with the product (its terminal, device, IP) and unwinding after the block add to it.
 */
import type { AlertDraft } from '../alerts';
import { strengthPast } from '../alerts';
import { lowerBound, rowsOf } from '../columns';
import { accountIds, type LocalDetector } from '../context';
import { linkBetween } from '../links';
import { ACCOUNT_KINDS_INDEXED } from '../marketData';
import { atMarketClock, tradingTimeBefore } from '../time';

export const FRONT_RUNNING_DEFAULTS = {
  lead_minutes: 60,
  min_occurrences: 3,
  min_block_share: 0.05,
  same_direction: true,
};

const PRODUCT = ACCOUNT_KINDS_INDEXED.indexOf('product');

interface Block {
  product: number;
  instrument: number;
  day: number;
  side: number;
  start: number;
  qty: number;
}

export const frontRunningDetector: LocalDetector = {
  name: 'front_running',
  typologies: ['front_running'],
  detect(context) {
    const { values: p, rule } = context.params('front_running', FRONT_RUNNING_DEFAULTS);
    const { data } = context;
    const { orders, bars } = data;
    // Product fills per (product, instrument, day, side).
    const blocks = new Map<string, Block>();
    for (let row = 0; row < orders.length; row++) {
      const account = orders.account[row]!;
      if (data.accountKind[account] !== PRODUCT || orders.filledQty[row]! <= 0) continue;
      const key = `${account}|${orders.instrument[row]}|${orders.day[row]}|${orders.side[row]}`;
      const block = blocks.get(key);
      if (block) {
        block.qty += orders.filledQty[row]!;
        block.start = Math.min(block.start, orders.ts[row]!);
      } else
        blocks.set(key, {
          product: account,
          instrument: orders.instrument[row]!,
          day: orders.day[row]!,
          side: orders.side[row]!,
          start: orders.ts[row]!,
          qty: orders.filledQty[row]!,
        });
    }
    const byInstrument = data.ordersByInstrument();
    // (runner, product) → the blocks it ran ahead of.
    const ahead = new Map<
      string,
      { runner: number; product: number; blocks: Block[]; qty: number }
    >();
    for (const block of blocks.values()) {
      const d = bars.dayIndex.get(block.day);
      const volume = d === undefined ? NaN : bars.volume[block.instrument * bars.days.length + d]!;
      if (!(block.qty >= p.min_block_share * volume)) continue;
      const rows = rowsOf(byInstrument, block.instrument);
      const from = tradingTimeBefore(block.start, p.lead_minutes);
      const runners = new Map<number, number>();
      for (let i = lowerBound(rows, orders.ts, from); i < rows.length; i++) {
        const row = rows[i]!;
        if (orders.ts[row]! >= block.start) break;
        const runner = orders.account[row]!;
        if (runner === block.product || orders.filledQty[row]! <= 0) continue;
        if (p.same_direction && orders.side[row] !== block.side) continue;
        runners.set(runner, (runners.get(runner) ?? 0) + orders.filledQty[row]!);
      }
      for (const [runner, qty] of runners) {
        const key = `${runner}|${block.product}`;
        const entry = ahead.get(key);
        if (entry) {
          entry.blocks.push(block);
          entry.qty += qty;
        } else ahead.set(key, { runner, product: block.product, blocks: [block], qty });
      }
    }
    // Runners of one product that belong to one group are reported together.
    const reported = new Map<
      string,
      { product: number; runners: Set<number>; blocks: Set<Block>; qty: number }
    >();
    for (const entry of ahead.values()) {
      const occasions = new Set(entry.blocks.map((block) => `${block.instrument}|${block.day}`));
      if (occasions.size < p.min_occurrences) continue;
      const key = `${context.groups.groupOf[entry.runner]}|${entry.product}`;
      const report = reported.get(key) ?? {
        product: entry.product,
        runners: new Set(),
        blocks: new Set(),
        qty: 0,
      };
      reported.set(key, report);
      report.runners.add(entry.runner);
      for (const block of entry.blocks) report.blocks.add(block);
      report.qty += entry.qty;
    }
    const drafts: AlertDraft[] = [];
    for (const report of reported.values()) {
      const blockList = [...report.blocks].sort((a, b) => a.start - b.start);
      const occasions = new Set(blockList.map((block) => `${block.instrument}|${block.day}`)).size;
      const ties = new Set<string>();
      for (const runner of report.runners)
        for (const kind of linkBetween(context.links, runner, report.product)?.kinds ?? [])
          ties.add(kind);
      const sameGroup = [...report.runners].some(
        (runner) => context.groups.groupOf[runner] === context.groups.groupOf[report.product],
      );
      const instruments = [
        ...new Set(blockList.map((block) => data.instruments.names[block.instrument]!)),
      ];
      const productId = data.accounts.names[report.product]!;
      drafts.push({
        typology: 'front_running',
        accounts: accountIds(data, [report.product, ...report.runners]),
        instruments,
        fromMs: atMarketClock(blockList[0]!.day, 9, 30),
        toMs: atMarketClock(blockList.at(-1)!.day, 15, 0),
        rule: rule?.id ?? null,
        signals: [
          {
            name: 'occasions_ahead_of_product',
            value: occasions,
            strength: strengthPast(occasions, p.min_occurrences, p.min_occurrences * 2),
            weight: 3,
          },
          {
            name: 'linked_to_product',
            value: [...ties].sort().join(',') || 'none',
            strength: ties.size ? 1 : 0,
            weight: 4,
          },
          {
            name: 'same_account_group_as_product',
            value: sameGroup,
            strength: sameGroup ? 1 : 0,
            weight: 1,
          },
          {
            name: 'runner_filled_qty',
            value: report.qty,
            strength: 1,
            weight: 1,
          },
        ],
        summary: `${report.runners.size}个账户在产品账户${productId}的${occasions}次大额${blockList[0]!.side === 0 ? '买入' : '卖出'}前${p.lead_minutes}分钟内同向交易同一证券（${instruments.join('、')}）${ties.size ? `，并与该产品共用${[...ties].sort().join('、')}` : ''}。`,
      });
    }
    return drafts;
  },
};
