/** Installs the native menu and rebuilds it when the page switches language. */
import { Menu } from 'electron';
import type { Language } from '../shared/host/hostApi';
import type { MenuOptions } from './menuTemplate';
import { buildMenuTemplate } from './menuTemplate';

export interface NativeMenu {
  language(): Language;
  setLanguage(language: Language): void;
}

export function installNativeMenu(
  options: Omit<MenuOptions, 'language'>,
  initial: Language,
): NativeMenu {
  let current = initial;
  const apply = (): void => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ ...options, language: current })),
    );
  };
  apply();
  return {
    language: () => current,
    setLanguage(language) {
      if (language === current) return;
      current = language;
      apply();
    },
  };
}
