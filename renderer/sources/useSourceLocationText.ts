import { useTranslation } from 'react-i18next';
import type { SourceRecord } from '../db/records';
import { useFolderGrantLabels } from './useSourceList';

/** How a source's location reads to the user: its URL, the bundled demo, or its granted folder. */
export function useSourceLocationText(
  sources: readonly SourceRecord[] | undefined,
): (source: SourceRecord) => string {
  const { t } = useTranslation();
  const folderLabels = useFolderGrantLabels(sources);
  return (source) => {
    if (source.kind === 'http') return source.location;
    if (source.kind === 'bundled') return t('sources.bundledLocation');
    const label = folderLabels.get(source.location);
    return label ? t('sources.folder', { label }) : t('sources.folderNotGranted');
  };
}
