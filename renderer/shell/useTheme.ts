import { useLayoutEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../store';
import { applyTheme, resolveTheme, type Theme } from '../styles/theme';
import { subscribeToSystemTheme, systemPrefersDark } from './systemTheme';

/** The operating system's palette, live. */
export function useSystemTheme(): Theme {
  return useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark) ? 'dark' : 'light';
}

/** The palette in use now: the setting, or the system's when the setting is 'system'. */
export function useResolvedTheme(): Theme {
  const preference = useAppStore((state) => state.preferences.theme);
  const systemTheme = useSystemTheme();
  return resolveTheme(preference, systemTheme === 'dark');
}

/** Keeps `<html data-theme>` in step with the setting and, for 'system', with the OS. */
export function useThemeSync(): void {
  const theme = useResolvedTheme();
  useLayoutEffect(() => applyTheme(document.documentElement, theme), [theme]);
}
