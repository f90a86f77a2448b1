/** Start-up before the first render: host facts, stored settings, then language and theme. */
import { startDatasetMaintenance } from '../datasets/maintenanceSchedule';
import { getDatabase } from '../db/database';
import { onSchemaChangeElsewhere } from '../db/schemaChange';
import { getAllSettings } from '../db/settings';
import { host } from '../host';
import { initI18n } from '../i18n';
import { resolveLanguage } from '../i18n/resolveLanguage';
import { systemPrefersDark } from '../shell/systemTheme';
import { useAppStore } from '../store';
import { applyTheme, resolveTheme } from '../styles/theme';

export async function bootstrap(): Promise<void> {
  // A newer window upgrading the schema: step aside and come back on its version.
  onSchemaChangeElsewhere(getDatabase(), () => window.location.reload());
  const [appInfo, settings] = await Promise.all([host.appInfo(), getAllSettings()]);
  const store = useAppStore.getState();
  store.appInfoLoaded(appInfo);
  store.preferencesLoaded(settings);

  // Applied before React renders, so the first frame already has the right palette and language.
  applyTheme(document.documentElement, resolveTheme(settings.theme, systemPrefersDark()));
  const language = resolveLanguage(settings.language, appInfo.systemLocale, navigator.language);
  document.documentElement.lang = language;
  await initI18n(language);
  // Interrupted imports, expired datasets and orphaned generations: now, then daily; not awaited.
  startDatasetMaintenance();
}
