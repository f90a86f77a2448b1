import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { HostCommand } from '../../shared/host/hostApi';
import { pagePath } from '../app/pagePath';
import { useAppStore } from '../store';
import { isSessionLocked } from '../users/session';
import { lockWorkstation } from '../users/workstationLock';
import { oppositeTheme, resolveTheme } from '../styles/theme';
import { systemPrefersDark } from './systemTheme';

/** Performs a command from the native menu or the keyboard; both go through here. */
export function useCommandRunner(): (command: HostCommand) => void {
  const navigate = useNavigate();
  return useCallback(
    (command: HostCommand) => {
      const state = useAppStore.getState();
      // Behind the privacy or lock screen, nothing but the theme may change what is shown.
      const covered = state.workspaceHidden || isSessionLocked();
      if (covered && command.kind !== 'toggle-theme' && command.kind !== 'lock') return;
      switch (command.kind) {
        case 'navigate':
          state.closeDialog();
          void navigate(pagePath(command.page));
          return;
        case 'toggle-theme': {
          const current = resolveTheme(state.preferences.theme, systemPrefersDark());
          state.setPreference('theme', oppositeTheme(current)).catch((error: unknown) => {
            console.error('Could not save the theme', error);
          });
          return;
        }
        case 'lock':
          lockWorkstation();
          return;
        case 'show-shortcuts':
          state.showDialog('shortcuts');
          return;
        case 'about':
          state.showDialog('about');
          return;
      }
    },
    [navigate],
  );
}
