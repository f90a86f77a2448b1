/** Every planted scheme, with its ground-truth id: two of each core typology, one of the others. */
import { planAccountControl } from './accountControl';
import { planContinuousTrading } from './continuousTrading';
import { planCrossMarket } from './crossMarket';
import { planFrontRunning } from './frontRunning';
import { planInsiderTrading } from './insiderTrading';
import { planMarkingClose } from './markingClose';
import { planMatchedOrders } from './matchedOrders';
import { planMisleadingInfo } from './misleadingInfo';
import { planScalping } from './scalping';
import { planShortSwing } from './shortSwing';
import { planSpoofing } from './spoofing';
import type { SchemePlanner } from './types';
import { planWashTrade } from './washTrade';

export const SCHEME_PLANNERS: ReadonlyArray<readonly [id: string, planner: SchemePlanner]> = [
  ['S01', planWashTrade(1)],
  ['S02', planWashTrade(2)],
  ['S03', planMatchedOrders(1)],
  ['S04', planMatchedOrders(2)],
  ['S05', planContinuousTrading(1)],
  ['S06', planContinuousTrading(2)],
  ['S07', planSpoofing(1)],
  ['S08', planSpoofing(2)],
  ['S09', planMarkingClose(1)],
  ['S10', planMarkingClose(2)],
  ['S11', planMisleadingInfo],
  ['S12', planScalping],
  ['S13', planCrossMarket],
  ['S14', planInsiderTrading(1)],
  ['S15', planInsiderTrading(2)],
  ['S16', planFrontRunning(1)],
  ['S17', planFrontRunning(2)],
  ['S18', planAccountControl(1)],
  ['S19', planAccountControl(2)],
  ['S20', planShortSwing],
];
