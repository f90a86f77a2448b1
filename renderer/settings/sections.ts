import { pagePath } from '../app/pagePath';
import { sectionElementId } from '../shell/useFocusAfterNavigation';

/** The Settings page's sections; a link to one focuses its heading (see useFocusAfterNavigation). */
export type SettingsSection = 'appearance' | 'session' | 'sources' | 'keys' | 'backup' | 'storage' | 'about';

export function settingsSectionPath(section: SettingsSection): string {
  return `${pagePath('settings')}?section=${section}`;
}

/** The id of a section's heading, which such a link focuses. */
export function settingsHeadingId(section: SettingsSection): string {
  return sectionElementId(section);
}
