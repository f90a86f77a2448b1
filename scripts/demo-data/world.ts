/**
 * Everything decided before the first trading day: the map, brokers and branches, instruments,
 * accounts, the planted schemes and look-alikes (which reserve accounts and instruments, link
 * accounts and bend prices), and the ordinary corporate events.
 */
import { AccountPool } from './accountPool';
import type { AccountProfile } from './accounts';
import { accountCountFor, generateAccounts } from './accounts';
import { planBackgroundEvents } from './backgroundEvents';
import type { BranchProfile } from './brokers';
import { generateBranches } from './brokers';
import { EventRegistry } from './eventRegistry';
import type { Geography } from './geography';
import { loadGeography } from './geography';
import { IdentifierRegistry } from './identifierRegistry';
import { InstrumentPool } from './instrumentPool';
import type { InstrumentProfile } from './instruments';
import { generateInstruments, instrumentCountFor } from './instruments';
import { lookAlikePlanners } from './lookalikes';
import type { LookAlike } from './lookalikes/types';
import { MarketEffects } from './marketEffects';
import { Random } from './random';
import { SCHEME_PLANNERS } from './schemes';
import { TransferSchedule } from './transferSchedule';
import type { PlantedScheme, PlanningContext } from './schemes/types';

export interface World {
  seed: string;
  scale: number;
  geography: Geography;
  branches: BranchProfile[];
  instruments: InstrumentProfile[];
  accounts: AccountProfile[];
  schemes: PlantedScheme[];
  lookAlikes: LookAlike[];
  effects: MarketEffects;
  identifiers: IdentifierRegistry;
  transfers: TransferSchedule;
  events: EventRegistry;
  instrumentPool: InstrumentPool;
}

/** Members trade a scheme's instruments only as the scheme says, so its signature stays clean. */
function keepOrdinaryTradingAway(scheme: PlantedScheme): void {
  const instruments = new Set(scheme.instruments.map((instrument) => instrument.index));
  for (const { account } of scheme.members) {
    account.portfolio = account.portfolio.filter((index) => !instruments.has(index));
    if (account.portfolio.length === 0) account.activity = 0;
  }
}

export function buildWorld(seed: string, scale: number): World {
  const geography = loadGeography();
  const branches = generateBranches(geography, Random.derive(seed, 'branches'));
  const instruments = generateInstruments(
    instrumentCountFor(scale),
    Random.derive(seed, 'instruments'),
  );
  const accounts = generateAccounts(
    accountCountFor(scale),
    branches,
    instruments,
    Random.derive(seed, 'accounts'),
  );
  const shared: Omit<PlanningContext, 'random'> = {
    accounts: new AccountPool(accounts, Random.derive(seed, 'account-pool')),
    instruments: new InstrumentPool(instruments, Random.derive(seed, 'instrument-pool')),
    effects: new MarketEffects(),
    identifiers: new IdentifierRegistry(),
    transfers: new TransferSchedule(),
    events: new EventRegistry(),
  };
  const schemes = SCHEME_PLANNERS.map(([id, plan]) =>
    plan(id, { ...shared, random: Random.derive(seed, 'scheme', id) }),
  );
  for (const scheme of schemes) keepOrdinaryTradingAway(scheme);
  const lookAlikes = lookAlikePlanners(scale, accounts.length).flatMap(([id, plan]) =>
    plan(id, { ...shared, random: Random.derive(seed, 'look-alike', id) }),
  );
  planBackgroundEvents(
    instruments,
    shared.instruments,
    accounts,
    shared.events,
    shared.effects,
    Random.derive(seed, 'background-events'),
  );
  return {
    seed,
    scale,
    geography,
    branches,
    instruments,
    accounts,
    schemes,
    lookAlikes,
    effects: shared.effects,
    identifiers: shared.identifiers,
    transfers: shared.transfers,
    events: shared.events,
    instrumentPool: shared.instruments,
  };
}
