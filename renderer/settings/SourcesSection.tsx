import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus, Server } from 'lucide-react';
import { AddSourceDialog } from '../sources/AddSourceDialog';
import { SourceList } from '../sources/SourceList';
import { useSourceList } from '../sources/useSourceList';
import { Card } from '../shell/Card';
import { Loading } from '../shell/Loading';
import { AddDemoSandboxButton } from './AddDemoSandboxButton';
import { settingsHeadingId } from './sections';

/** The sandbox sources this workstation pulls from, each pinned to its publisher's key. */
export function SourcesSection() {
  const { t } = useTranslation();
  const sources = useSourceList();
  const [adding, setAdding] = useState(false);
  const hasSources = sources !== undefined && sources.length > 0;
  const hasDemo = sources?.some((source) => source.kind === 'bundled') ?? true;
  return (
    <Card
      title={t('settings.sources.title')}
      icon={Server}
      headingId={settingsHeadingId('sources')}
      flush
    >
      <div className="section-toolbar">
        <p className="section-toolbar__text">{t('sources.trustNote')}</p>
        <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
          <Plus aria-hidden="true" size={14} />
          {t('sources.add')}
        </button>
        {!hasDemo && <AddDemoSandboxButton />}
      </div>
      {!sources ? (
        <div className="card__body">
          <Loading />
        </div>
      ) : hasSources ? (
        <SourceList sources={sources} />
      ) : (
        <div className="card__body settings-text">
          <p>
            <strong>{t('settings.sources.empty')}</strong>
          </p>
          <p className="muted">{t('datasets.sourceExplanation')}</p>
        </div>
      )}
      <AddSourceDialog open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
