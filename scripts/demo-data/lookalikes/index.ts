/** Every benign look-alike, in planning order (after the schemes, so no account serves both). */
import type { LookAlikePlanner } from './types';
import { planFamilies } from './families';
import { planFundBlock } from './fundBlock';
import { planMarketMaker } from './marketMaker';
import { planQuantTrader } from './quantTrader';
import { planSharedNat } from './sharedNat';

export function lookAlikePlanners(
  scale: number,
  accountCount: number,
): ReadonlyArray<readonly [id: string, planner: LookAlikePlanner]> {
  return [
    ['L01', planSharedNat(scale)],
    ['L02', planFamilies(accountCount)],
    ['L03', planMarketMaker],
    ['L04', planFundBlock],
    ['L05', planQuantTrader],
  ];
}
