/** `app:info` and `app:set-language`. */
import { app } from 'electron';
import type { AppInfo } from '../../shared/host/hostApi';
import type { NativeMenu } from '../menu';
import type { IpcHandlers } from './types';

export function systemLocale(): string {
  return app.getPreferredSystemLanguages()[0] ?? app.getLocale();
}

export function appInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    host: 'electron',
    platform: process.platform,
    systemLocale: systemLocale(),
    versions: {
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
      v8: process.versions.v8,
    },
  };
}

export function appHandlers(menu: NativeMenu): Pick<IpcHandlers, 'app:info' | 'app:set-language'> {
  return {
    'app:info': () => appInfo(),
    'app:set-language': ({ language }) => menu.setLanguage(language),
  };
}
