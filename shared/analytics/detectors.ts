/**
 * The local detectors that `npm run analyze` and the app run over imported data. Each typology
 * module (the detection issue) registers itself here; until then the list is empty and callers
 * say so rather than pretend to have found nothing.
 */
import type { Alert } from '../dictionary/types';
import type { AnalysisDataset } from './dataset';

export const LOCAL_MODEL_NAME = 'workstation-local/1';

export interface LocalDetector {
  /** The typology module's name, e.g. `wash_trade`. */
  name: string;
  detect(dataset: AnalysisDataset): Iterable<Alert>;
}

export const LOCAL_DETECTORS: readonly LocalDetector[] = [];
