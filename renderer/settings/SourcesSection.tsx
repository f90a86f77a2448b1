import { useTranslation } from 'react-i18next';
import { Server } from 'lucide-react';
import { SourcesTable } from '../datasets/SourcesTable';
import { useSources } from '../datasets/useSources';
import { Card } from '../shell/Card';
import { Loading } from '../shell/Loading';
import { settingsHeadingId } from './sections';

/** The sandbox sources this workstation pulls from. */
export function SourcesSection() {
  const { t } = useTranslation();
  const sources = useSources();
  const hasSources = sources !== undefined && sources.length > 0;
  return (
    <Card
      title={t('settings.sources.title')}
      icon={Server}
      headingId={settingsHeadingId('sources')}
      flush={hasSources}
    >
      {!sources ? (
        <Loading />
      ) : hasSources ? (
        <SourcesTable sources={sources} />
      ) : (
        <div className="settings-text">
          <p>
            <strong>{t('settings.sources.empty')}</strong>
          </p>
          <p className="muted">{t('datasets.sourceExplanation')}</p>
        </div>
      )}
    </Card>
  );
}
