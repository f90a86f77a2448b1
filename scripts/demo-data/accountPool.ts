/**
 * Hands out accounts to schemes and look-alikes, each account to one user at most, so that the
 * ground truth's groups never overlap. Candidates are visited in a seeded random order.
 */
import type { AccountKind, IsoDate, RegionCode } from '../../shared/dictionary/types';
import type { AccountProfile } from './accounts';
import { maskedInstitutionName, maskedProductName } from './personalData';
import type { Random } from './random';

export interface AccountRequirements {
  kind?: AccountKind;
  city?: RegionCode;
  broker?: string;
  branch?: string;
  /** Opened on or before this date, so it can trade in the scheme's window. */
  openedBy?: IsoDate;
  /** Opened on or after this date. */
  openedFrom?: IsoDate;
  /** Brokers already used by the group, to spread it over several firms. */
  avoidBrokers?: readonly string[];
}

export class AccountPool {
  private readonly order: number[];

  constructor(
    readonly accounts: readonly AccountProfile[],
    private readonly random: Random,
  ) {
    this.order = random.shuffle(accounts.map((account) => account.index));
  }

  private matches(account: AccountProfile, needs: AccountRequirements, kind: AccountKind): boolean {
    const row = account.row;
    return (
      account.reservedBy === null &&
      row.status === 'active' &&
      row.kind === kind &&
      (needs.city === undefined || row.region === needs.city) &&
      (needs.broker === undefined || row.broker === needs.broker) &&
      (needs.branch === undefined || row.branch === needs.branch) &&
      (needs.openedBy === undefined || row.opened <= needs.openedBy) &&
      (needs.openedFrom === undefined || row.opened >= needs.openedFrom) &&
      !(needs.avoidBrokers ?? []).includes(row.broker)
    );
  }

  /**
   * `count` active accounts meeting `needs`, reserved for `user`. When too few accounts of an
   * institutional kind exist (tiny scales), individual accounts are turned into that kind.
   */
  recruit(user: string, count: number, needs: AccountRequirements = {}): AccountProfile[] {
    const kind = needs.kind ?? 'individual';
    const chosen: AccountProfile[] = [];
    for (const index of this.order) {
      if (chosen.length === count) break;
      const account = this.accounts[index]!;
      if (!this.matches(account, needs, kind)) continue;
      chosen.push(account);
      account.reservedBy = user;
    }
    // At small scales a city or branch may not have enough accounts: anywhere will do.
    if (chosen.length < count && (needs.city !== undefined || needs.branch !== undefined)) {
      const anywhere = { ...needs, city: undefined, branch: undefined };
      chosen.push(...this.recruit(user, count - chosen.length, anywhere));
    }
    while (chosen.length < count && kind !== 'individual') {
      const [converted] = this.recruit(user, 1, { ...needs, kind: 'individual' });
      if (converted === undefined) break;
      convertKind(converted, kind, this.random);
      chosen.push(converted);
    }
    if (chosen.length < count) {
      throw new Error(
        `${user}: only ${chosen.length} of ${count} accounts meet ${JSON.stringify(needs)}`,
      );
    }
    return chosen;
  }

  /** One account for each requirement, in order. */
  recruitEach(user: string, needs: readonly AccountRequirements[]): AccountProfile[] {
    return needs.map((need) => this.recruit(user, 1, need)[0]!);
  }
}

function convertKind(account: AccountProfile, kind: AccountKind, random: Random): void {
  const { id_number_masked: _idNumber, phone_masked: _phone, ...rest } = account.row;
  account.row = {
    ...rest,
    kind,
    holder_masked:
      kind === 'product' ? maskedProductName(random) : maskedInstitutionName('广东', random),
    risk_level: 'C5',
  };
  account.surname = null;
  account.phone = null;
  account.activity = Math.max(account.activity, 8);
}
