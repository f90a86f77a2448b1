/**
 * Ordinary money movements: bank–securities transfers (银证转账) between each account and its own
 * settlement card, in during the day and out after trading, and a few third-party payments.
 * About one and a half per active account per quarter.
 */
import type { AccountProfile } from './accounts';
import { TRADING_DAYS } from './calendar';
import { bankCardParty, valueHash } from './identifierRegistry';
import { Random } from './random';
import type { PlannedTransfer } from './transferSchedule';
import { WeightedPicker } from './weightedPicker';

const TRANSFERS_PER_ACTIVE_ACCOUNT = 1.5;

/** The account's own wallet at a payment platform, as an opaque token. */
function paymentParty(account: AccountProfile): string {
  return `EXT:PAY-${valueHash('email', `wallet:${account.row.id}`).slice(0, 16)}`;
}

export class BackgroundTransfers {
  private readonly picker: WeightedPicker;
  private readonly perDay: number;

  constructor(
    private readonly accounts: readonly AccountProfile[],
    private readonly seed: string,
  ) {
    // Money moves with trading, but less steeply than orders do.
    this.picker = new WeightedPicker(
      accounts.map((account) => (account.activity > 0 ? Math.sqrt(account.activity) : 0)),
    );
    const active = accounts.filter((account) => account.activity > 0).length;
    this.perDay = (active * TRANSFERS_PER_ACTIVE_ACCOUNT) / TRADING_DAYS.length;
  }

  on(day: number): PlannedTransfer[] {
    const random = Random.derive(this.seed, 'background-transfers', day);
    const count = Math.round(this.perDay * random.between(0.7, 1.3));
    const transfers: PlannedTransfer[] = [];
    for (let i = 0; i < count; i++) {
      const account = this.accounts[this.picker.pick(random)]!;
      if (account.firstTradingDay > day) continue;
      const kindFactor = account.row.kind === 'individual' ? 1 : 25;
      const amount = Math.max(
        1_000,
        Math.round(random.logNormal(30_000 * kindFactor, 1) / 100) * 100,
      );
      const thirdParty = account.row.kind === 'individual' && random.chance(0.06);
      const inbound = random.chance(0.58);
      const party = thirdParty ? paymentParty(account) : bankCardParty(account.bankCard);
      transfers.push({
        day,
        dayMs:
          (inbound ? 9 * 3600 + random.int(0, 6 * 3600) : 15 * 3600 + random.int(0, 3600)) * 1000 +
          random.int(0, 999),
        from: inbound ? party : account.row.id,
        to: inbound ? account.row.id : party,
        amount,
        channel: thirdParty ? 'third_party' : 'bank',
        id: null,
      });
    }
    return transfers;
  }
}
