/** What every detector receives: the market data, the links between accounts and the groups. */
import type { Typology } from '../dictionary/types';
import type { AccountGroups } from './accountGroups';
import type { AlertDraft } from './alerts';
import type { LinkGraph } from './links';
import type { MarketData } from './marketData';
import type { Params, ResolvedParams } from './params';
import { resolveParams } from './params';

export interface DetectionContext {
  data: MarketData;
  links: LinkGraph;
  /** 账户组: accounts tied by links adding up to one controller. */
  groups: AccountGroups;
  /** Accounts that share a device, MAC, phone, card or e-mail directly. */
  sameController: AccountGroups;
  params<P extends Params>(typology: Typology, defaults: P): ResolvedParams<P>;
}

export interface LocalDetector {
  /** The typology module's name, e.g. `wash_trade`. */
  name: string;
  typologies: readonly Typology[];
  detect(context: DetectionContext): AlertDraft[];
}

export function detectionContext(
  data: MarketData,
  links: LinkGraph,
  groups: AccountGroups,
  sameController: AccountGroups,
): DetectionContext {
  return {
    data,
    links,
    groups,
    sameController,
    params: (typology, defaults) => resolveParams(data.rules, typology, defaults),
  };
}

export const accountIds = (data: MarketData, accounts: Iterable<number>): string[] =>
  [...accounts].map((account) => data.accounts.names[account]!);
