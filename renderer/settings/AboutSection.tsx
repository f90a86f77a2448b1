import { useTranslation } from 'react-i18next';
import { Info } from 'lucide-react';
import { AppInfoDetails } from '../shell/AppInfoDetails';
import { Card } from '../shell/Card';
import { settingsHeadingId } from './sections';

export function AboutSection() {
  const { t } = useTranslation();
  return (
    <Card title={t('settings.about.title')} icon={Info} headingId={settingsHeadingId('about')}>
      <div className="settings-text">
        <AppInfoDetails />
      </div>
    </Card>
  );
}
