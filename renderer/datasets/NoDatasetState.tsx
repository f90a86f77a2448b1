import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ArrowRight, Database } from 'lucide-react';
import { pagePath } from '../app/pagePath';
import { EmptyState } from '../shell/EmptyState';

/** For pages that need imported data: says there is none and where to get it. */
export function NoDatasetState() {
  const { t } = useTranslation();
  return (
    <div className="card">
      <EmptyState
        icon={Database}
        title={t('noDataset.title')}
        actions={
          <Link className="button button--primary" to={pagePath('datasets')}>
            {t('noDataset.action')}
            <ArrowRight aria-hidden="true" size={14} />
          </Link>
        }
      >
        <p>{t('noDataset.body')}</p>
      </EmptyState>
    </div>
  );
}
