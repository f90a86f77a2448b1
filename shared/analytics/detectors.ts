/**
 * The local detectors that `npm run analyze` and the app run over imported data, one module per
 * typology (see docs/detectors.md), and the pipeline that runs them: load the data once, link and
 * group the accounts, run each detector, turn its findings into scored alerts.
 */
import type { Alert } from '../dictionary/types';
import { controlledGroups, sameControllerGroups, type AccountGroups } from './accountGroups';
import { buildAlert, LOCAL_MODEL_NAME } from './alerts';
import { detectionContext, type DetectionContext, type LocalDetector } from './context';
import type { AnalysisDataset } from './dataset';
import { accountControlDetector } from './detectors/accountControl';
import { continuousTradingDetector } from './detectors/continuousTrading';
import { crossMarketDetector } from './detectors/crossMarket';
import { frontRunningDetector } from './detectors/frontRunning';
import { insiderTradingDetector } from './detectors/insiderTrading';
import { markingCloseDetector } from './detectors/markingClose';
import { matchedOrdersDetector } from './detectors/matchedOrders';
import { misleadingInfoDetector } from './detectors/misleadingInfo';
import { scalpingDetector } from './detectors/scalping';
import { shortSwingDetector } from './detectors/shortSwing';
import { spoofingDetector } from './detectors/spoofing';
import { washTradeDetector } from './detectors/washTrade';
import { withoutSubsumed } from './dedup';
import { buildLinkGraph } from './links';
import { loadMarketData, type MarketData } from './marketData';

export { LOCAL_MODEL_NAME };
export type { LocalDetector };

export const LOCAL_DETECTORS: readonly LocalDetector[] = [
  washTradeDetector,
  matchedOrdersDetector,
  continuousTradingDetector,
  spoofingDetector,
  markingCloseDetector,
  misleadingInfoDetector,
  scalpingDetector,
  crossMarketDetector,
  insiderTradingDetector,
  frontRunningDetector,
  accountControlDetector,
  shortSwingDetector,
];

export interface DetectorRun {
  name: string;
  alerts: number;
  ms: number;
}

export interface AnalysisResult {
  alerts: Alert[];
  runs: DetectorRun[];
  /** Milliseconds spent reading the dataset and linking the accounts. */
  loadMs: number;
  linkMs: number;
  data: MarketData;
  groups: AccountGroups;
  context: DetectionContext;
}

export interface AnalysisOptions {
  detectors?: readonly LocalDetector[];
  /** The alerts' `created` instant. */
  createdMs?: number;
  /** An identifier value on more accounts than this is a public place, not a link. */
  maxAccountsPerSharedValue?: number;
  onProgress?: (line: string) => void;
}

export async function analyseDataset(
  dataset: AnalysisDataset,
  options: AnalysisOptions = {},
): Promise<AnalysisResult> {
  const log = options.onProgress ?? (() => {});
  const started = Date.now();
  const data = await loadMarketData(dataset, {
    maxAccountsPerSharedValue: options.maxAccountsPerSharedValue ?? 12,
  });
  const loadMs = Date.now() - started;
  log(
    `read ${data.trades.length} trades, ${data.orders.length} orders in ${(loadMs / 1000).toFixed(1)} s`,
  );
  const linking = Date.now();
  const links = buildLinkGraph(data);
  const groups = controlledGroups(links, data.accounts.size);
  const sameController = sameControllerGroups(links, data.accounts.size);
  const context = detectionContext(data, links, groups, sameController);
  const linkMs = Date.now() - linking;
  const createdMs = options.createdMs ?? Date.now();
  const alerts: Alert[] = [];
  const runs: DetectorRun[] = [];
  for (const detector of options.detectors ?? LOCAL_DETECTORS) {
    const at = Date.now();
    const drafts = detector.detect(context);
    for (const draft of drafts) alerts.push(buildAlert(draft, createdMs));
    const ms = Date.now() - at;
    runs.push({ name: detector.name, alerts: drafts.length, ms });
    log(`${detector.name}: ${drafts.length} alert(s) in ${(ms / 1000).toFixed(2)} s`);
  }
  const kept = withoutSubsumed(alerts);
  if (kept.length < alerts.length)
    log(
      `${alerts.length - kept.length} broad finding(s) left out: a more specific alert names their accounts`,
    );
  return { alerts: kept, runs, loadMs, linkMs, data, groups, context };
}
