/**
 * The jurisdiction's securities accounts: kinds in realistic proportions, opening dates that
 * follow the A-share account booms (2007, 2015, 2020–21, 2024), masked holder data, risk levels,
 * statuses, and for the background trading an activity weight and a small portfolio.
 */
import type { Account, AccountKind, IsoDate, RiskLevel } from '../../shared/dictionary/types';
import type { BranchProfile } from './brokers';
import { TRADING_DAYS, weekdayOnOrBefore, addDays } from './calendar';
import type { InstrumentProfile } from './instruments';
import {
  bankCardNumber,
  creditCode,
  holderOf,
  maskedIdNumber,
  maskedMobile,
  mobileNumber,
  residentIdNumber,
} from './personalData';
import type { Random } from './random';
import { WeightedPicker } from './weightedPicker';

export interface AccountProfile {
  /** Mutable until the accounts table is written: schemes adjust the accounts they recruit. */
  row: Account;
  index: number;
  /** Index in TRADING_DAYS of the first day it may trade; 0 when opened before the period. */
  firstTradingDay: number;
  /** Weight in the background trading; 0 for accounts that do not trade. */
  activity: number;
  /** Instrument indices it trades in the background. */
  portfolio: number[];
  phone: string | null;
  bankCard: string;
  surname: string | null;
  /** Scheme or look-alike that uses the account, so that no account serves two. */
  reservedBy: string | null;
}

/** Accounts opened per year, relative; 2026 means its first half, Q3 2026 is separate. */
const OPENINGS_BY_YEAR: ReadonlyArray<readonly [number, number]> = [
  [2005, 1],
  [2006, 2],
  [2007, 6],
  [2008, 3],
  [2009, 3],
  [2010, 3],
  [2011, 2],
  [2012, 1.5],
  [2013, 2],
  [2014, 4],
  [2015, 10],
  [2016, 4],
  [2017, 4],
  [2018, 3],
  [2019, 4],
  [2020, 7],
  [2021, 8],
  [2022, 5],
  [2023, 5],
  [2024, 7],
  [2025, 8],
  [2026, 4],
];
const OPENED_IN_PERIOD_WEIGHT = 2.4;
const openingPicker = new WeightedPicker([
  ...OPENINGS_BY_YEAR.map(([, weight]) => weight),
  OPENED_IN_PERIOD_WEIGHT,
]);

const RISK_WEIGHTS: Record<AccountKind, readonly number[]> = {
  individual: [8, 22, 38, 22, 10],
  institution: [0, 2, 10, 40, 48],
  product: [0, 0, 5, 30, 65],
};
const RISK_LEVELS: readonly RiskLevel[] = ['C1', 'C2', 'C3', 'C4', 'C5'];
const riskPickers = {
  individual: new WeightedPicker(RISK_WEIGHTS.individual),
  institution: new WeightedPicker(RISK_WEIGHTS.institution),
  product: new WeightedPicker(RISK_WEIGHTS.product),
};

export function accountCountFor(scale: number): number {
  return Math.max(800, Math.round(20_000 * scale));
}

function openingDate(kind: AccountKind, random: Random): IsoDate {
  let slot = openingPicker.pick(random);
  // Products and institutions in the sandbox were mostly opened in the last decade.
  if (kind !== 'individual' && slot < 11) slot += 11;
  if (slot === OPENINGS_BY_YEAR.length) return random.pick(TRADING_DAYS);
  const year = OPENINGS_BY_YEAR[slot]![0];
  const daysInYear = year === 2026 ? 181 : 365;
  return weekdayOnOrBefore(addDays(`${year}-01-02`, random.int(0, daysInYear - 1)));
}

function kindOf(random: Random): AccountKind {
  const draw = random.next();
  return draw < 0.968 ? 'individual' : draw < 0.988 ? 'institution' : 'product';
}

export function generateAccounts(
  count: number,
  branches: readonly BranchProfile[],
  instruments: readonly InstrumentProfile[],
  random: Random,
): AccountProfile[] {
  const branchesPerCity = new Map<string, number>();
  for (const branch of branches)
    branchesPerCity.set(branch.row.region, (branchesPerCity.get(branch.row.region) ?? 0) + 1);
  const branchPicker = new WeightedPicker(
    branches.map((branch) => branch.city.spec.weight / branchesPerCity.get(branch.row.region)!),
  );
  const instrumentPicker = new WeightedPicker(
    instruments.map((instrument) => instrument.tradingWeight),
  );

  const drafts: Array<
    Omit<AccountProfile, 'index' | 'row' | 'firstTradingDay'> & { row: Omit<Account, 'id'> }
  > = [];
  for (let n = 0; n < count; n++) {
    const branch = branches[branchPicker.pick(random)]!;
    const kind = kindOf(random);
    const opened = openingDate(kind, random);
    const cityCode = branch.row.region;
    const { holder, surname } = holderOf(kind, branch.city.spec.shortName, random);
    const phone = kind === 'product' ? null : mobileNumber(random);
    const idNumber =
      kind === 'individual'
        ? residentIdNumber(cityCode, random)
        : kind === 'institution'
          ? creditCode(cityCode, random)
          : null;
    const openedInPeriod = opened >= TRADING_DAYS[0]!;
    const statusDraw = random.next();
    const status = openedInPeriod
      ? 'active'
      : statusDraw < 0.78
        ? 'active'
        : statusDraw < 0.97
          ? 'dormant'
          : 'closed';
    const kindFactor = kind === 'individual' ? 1 : kind === 'institution' ? 4 : 6;
    const activity = status === 'active' ? random.pareto(1.2, 200) * kindFactor : 0;
    const portfolioSize = Math.min(25, 2 + Math.floor(Math.sqrt(activity) * 2));
    const portfolio = new Set<number>();
    while (portfolio.size < Math.min(portfolioSize, instruments.length))
      portfolio.add(instrumentPicker.pick(random));
    drafts.push({
      row: {
        broker: branch.row.broker,
        branch: branch.row.id,
        region: cityCode,
        kind,
        opened,
        risk_level: RISK_LEVELS[riskPickers[kind].pick(random)]!,
        holder_masked: holder,
        ...(idNumber === null ? {} : { id_number_masked: maskedIdNumber(idNumber) }),
        ...(phone === null ? {} : { phone_masked: maskedMobile(phone) }),
        status,
      },
      activity,
      portfolio: [...portfolio].sort((a, b) => a - b),
      phone,
      bankCard: bankCardNumber(random),
      surname,
      reservedBy: null,
    });
  }
  // Account numbers grow with opening dates, as a broker's would.
  drafts.sort((a, b) => (a.row.opened < b.row.opened ? -1 : a.row.opened > b.row.opened ? 1 : 0));
  return drafts.map((draft, index) => {
    const id = `A${String(index + 1).padStart(7, '0')}`;
    return {
      ...draft,
      index,
      row: { id, ...draft.row },
      firstTradingDay: firstTradingDayOf(draft.row.opened),
    };
  });
}

export function firstTradingDayOf(opened: IsoDate): number {
  const at = TRADING_DAYS.findIndex((day) => day >= opened);
  return at === -1 ? TRADING_DAYS.length : at;
}
