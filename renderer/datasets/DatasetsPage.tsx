import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Database, Server, Settings } from 'lucide-react';
import { settingsSectionPath } from '../settings/sections';
import { Card } from '../shell/Card';
import { EmptyState } from '../shell/EmptyState';
import { Loading } from '../shell/Loading';
import { PageIntro } from '../shell/PageIntro';
import { CatalogCard } from './CatalogCard';
import { DatasetsTable } from './DatasetsTable';
import { usePulls } from './appPulls';
import { RetentionNotice } from './RetentionNotice';
import { SourcesTable } from './SourcesTable';
import { useDatasets } from './useDatasets';
import { useImportedDatasets } from './useImportedDatasets';
import { useSources } from './useSources';
import './datasets.css';

export function DatasetsPage() {
  const { t } = useTranslation();
  const sources = useSources();
  const datasets = useDatasets();
  const imported = useImportedDatasets();
  const pulls = usePulls();
  return (
    <>
      <PageIntro page="datasets" />
      {datasets && <RetentionNotice datasets={datasets} />}
      <Card
        title={t('datasets.sourcesTitle')}
        icon={Server}
        flush={sources !== undefined && sources.length > 0}
      >
        {!sources ? (
          <Loading />
        ) : sources.length === 0 ? (
          <EmptyState
            icon={Server}
            headingLevel={3}
            title={t('datasets.sourcesEmptyTitle')}
            actions={
              <Link className="button button--primary" to={settingsSectionPath('sources')}>
                <Settings aria-hidden="true" size={14} />
                {t('datasets.configureSources')}
              </Link>
            }
          >
            <p>{t('datasets.sourceExplanation')}</p>
          </EmptyState>
        ) : (
          <SourcesTable sources={sources} />
        )}
      </Card>
      {sources &&
        imported &&
        sources.map((source) => (
          <CatalogCard key={source.id} source={source} imported={imported} pulls={pulls} />
        ))}
      <Card
        title={t('datasets.importedTitle')}
        icon={Database}
        flush={datasets !== undefined && datasets.length > 0}
      >
        {!datasets || !sources ? (
          <Loading />
        ) : datasets.length === 0 ? (
          <EmptyState icon={Database} headingLevel={3} title={t('datasets.importedEmptyTitle')}>
            <p>
              {sources.length === 0
                ? t('datasets.importedEmptyNoSource')
                : t('datasets.importedEmptyWithSource')}
            </p>
          </EmptyState>
        ) : (
          <DatasetsTable datasets={datasets} />
        )}
      </Card>
    </>
  );
}
