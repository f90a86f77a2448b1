import { useEffect } from 'react';
import { commandForKey } from './shortcuts';
import { useCommandRunner } from './useCommandRunner';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['radio', 'checkbox', 'button', 'submit'].includes(target.type)
  );
}

/** Alt+1…8 and `?` anywhere in the page; `?` is left alone while the user is typing. */
export function useGlobalShortcuts(): void {
  const run = useCommandRunner();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const command = commandForKey(event);
      if (!command) return;
      if (command.kind === 'show-shortcuts' && isTextEntry(event.target)) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);
}
