import { useTranslation } from 'react-i18next';
import { Download } from 'lucide-react';
import { planPull } from '../../shared/importer/pullPlan';
import type { IndexDataset } from '../../shared/package/schemas';

interface PullButtonProps {
  dataset: IndexDataset;
  sourceTitle: string;
  importedVersion: number | null;
  running: boolean;
  onPull: () => void;
}

/** Pulls the latest version, or every version up to it in sequence; says so on its face. */
export function PullButton({
  dataset,
  sourceTitle,
  importedVersion,
  running,
  onPull,
}: PullButtonProps) {
  const { t } = useTranslation();
  const plan = planPull(dataset.versions, importedVersion);
  const first = plan[0];
  const last = plan.at(-1);
  const label = running
    ? t('datasets.catalog.pulling')
    : first === undefined || last === undefined
      ? t('datasets.catalog.upToDate')
      : first === last
        ? t('datasets.catalog.pullLatest', { version: last })
        : t('datasets.catalog.pullSequence', { from: first, to: last });
  return (
    <button
      type="button"
      className={
        plan.length === 0 && !running
          ? 'button button--small'
          : 'button button--primary button--small'
      }
      disabled={running || plan.length === 0}
      onClick={onPull}
      aria-label={`${t('datasets.catalog.pullLabel', { dataset: dataset.title || dataset.id, source: sourceTitle })}: ${label}`}
    >
      <Download aria-hidden="true" size={14} />
      {label}
    </button>
  );
}
