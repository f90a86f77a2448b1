import { useEffect } from 'react';
import { host } from '../host';
import { useCommandRunner } from './useCommandRunner';

/** Carries out what the native menu asks for (Ctrl/Cmd+1…8, theme, lock, shortcuts, about). */
export function useHostCommands(): void {
  const run = useCommandRunner();
  useEffect(() => host.onCommand(run), [run]);
}
