import type { EvidenceDataset } from '../../../shared/reports/evidence';
import type { DatasetRecord } from '../../db/records';

export function evidenceDataset(dataset: DatasetRecord): EvidenceDataset {
  return {
    id: dataset.id,
    title: dataset.title,
    version: dataset.currentVersion,
    manifestHash: dataset.manifestHash,
    generation: dataset.generation,
    jurisdiction: dataset.scope.jurisdiction,
    period: dataset.scope.period,
    importedAt: dataset.importedAt,
  };
}
