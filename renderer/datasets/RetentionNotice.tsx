import { useTranslation } from 'react-i18next';
import { TriangleAlert } from 'lucide-react';
import { useNow } from '../app/useNow';
import type { DatasetRecord } from '../db/records';
import { daysUntil } from '../i18n/format';
import { useFormat } from '../i18n/useFormat';
import { isNearRetention } from './freshness';

/** Warns of each dataset that reaches its retention deadline within the warning period. */
export function RetentionNotice({ datasets }: { datasets: readonly DatasetRecord[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const due = datasets.filter((dataset) => isNearRetention(dataset, now));
  if (due.length === 0) return null;
  return (
    <div className="retention-notice" role="status">
      <TriangleAlert aria-hidden="true" size={16} />
      <ul>
        {due.map((dataset) => (
          <li key={dataset.id}>
            {t('datasets.retention.warning', {
              title: dataset.title,
              date: format.date(dataset.expires),
              count: daysUntil(dataset.expires, now),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
