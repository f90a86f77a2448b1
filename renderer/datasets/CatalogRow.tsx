import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexDataset } from '../../shared/package/schemas';
import type { SourceRecord } from '../db/records';
import { ImportedCell } from './ImportedCell';
import { PullButton } from './PullButton';
import { PullOutcomeMessage } from './PullOutcomeMessage';
import { PullProgressPanel } from './PullProgressPanel';
import type { PullEntry } from './pullManager';
import { pullManager } from './appPulls';
import type { ImportedDataset } from './useImportedDatasets';
import { VersionDetails } from './VersionDetails';

const COLUMNS = 5;

interface CatalogRowProps {
  source: SourceRecord;
  dataset: IndexDataset;
  imported: ImportedDataset | undefined;
  pull: PullEntry | undefined;
}

/** One dataset of a catalog, with its pull's progress or outcome in a row beneath. */
export function CatalogRow({ source, dataset, imported, pull }: CatalogRowProps) {
  const { t } = useTranslation();
  const title = dataset.title || dataset.id;
  const startPull = () => pullManager.pull(source, dataset.id);
  return (
    <Fragment>
      <tr>
        <td>
          {title} <span className="mono muted">{dataset.id}</span>
        </td>
        <td>
          <span className="version-badges">
            {dataset.versions.map((entry) => (
              <span className="badge" key={entry.version}>
                {t('datasets.catalog.versionBadge', {
                  version: entry.version,
                  kind: t(`datasets.kind.${entry.kind}`),
                })}
              </span>
            ))}
          </span>
        </td>
        <td>
          <ImportedCell imported={imported} />
        </td>
        <td>
          <VersionDetails source={source} dataset={dataset} />
        </td>
        <td className="nowrap">
          <PullButton
            dataset={dataset}
            sourceTitle={source.title}
            importedVersion={imported?.record?.currentVersion ?? null}
            running={pull?.running ?? false}
            onPull={startPull}
          />
        </td>
      </tr>
      {pull && (
        <tr className="table__detail-row">
          <td colSpan={COLUMNS}>
            {pull.running ? (
              <PullProgressPanel
                datasetTitle={title}
                progress={pull.progress}
                cancelling={pull.cancelling}
                onCancel={() => pullManager.cancel(pull.key)}
              />
            ) : (
              pull.outcome && (
                <PullOutcomeMessage
                  outcome={pull.outcome}
                  datasetTitle={title}
                  source={source}
                  onDismiss={() => pullManager.dismiss(pull.key)}
                  onRetry={startPull}
                />
              )
            )}
          </td>
        </tr>
      )}
    </Fragment>
  );
}
