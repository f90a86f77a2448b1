import { useEffect } from 'react';
import { useAppStore } from '../store';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 10_000;

/** Hides the workspace after the configured minutes without keyboard or pointer input. */
export function useIdleHide(): void {
  const minutes = useAppStore((state) => state.preferences.idleLockMinutes);
  const hidden = useAppStore((state) => state.workspaceHidden !== null);
  const hideWorkspace = useAppStore((state) => state.hideWorkspace);

  useEffect(() => {
    if (hidden) return;
    let lastActivity = Date.now();
    const markActivity = () => {
      lastActivity = Date.now();
    };
    for (const type of ACTIVITY_EVENTS) {
      window.addEventListener(type, markActivity, { capture: true, passive: true });
    }
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity >= minutes * 60_000) hideWorkspace('idle');
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      for (const type of ACTIVITY_EVENTS) {
        window.removeEventListener(type, markActivity, { capture: true });
      }
    };
  }, [minutes, hidden, hideWorkspace]);
}
