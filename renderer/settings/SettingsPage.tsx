import { BackupSection } from '../backup/BackupSection';
import { PageIntro } from '../shell/PageIntro';
import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { KeysSection } from './KeysSection';
import { SessionSection } from './SessionSection';
import { SourcesSection } from './SourcesSection';
import { StorageSection } from './StorageSection';

export function SettingsPage() {
  return (
    <>
      <PageIntro page="settings" />
      <div className="card-grid">
        <AppearanceSection />
        <SessionSection />
      </div>
      <SourcesSection />
      <KeysSection />
      <BackupSection />
      <div className="card-grid">
        <StorageSection />
        <AboutSection />
      </div>
    </>
  );
}
