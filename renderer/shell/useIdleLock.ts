import { useEffect } from 'react';
import { useAppStore } from '../store';
import { useSession } from '../users/session';
import { lockWorkstation } from '../users/workstationLock';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 10_000;

/**
 * Locks the workstation after the configured minutes without keyboard or pointer input,
 * counted from the last input (or from unlocking), also while the privacy screen is up.
 */
export function useIdleLock(): void {
  const minutes = useAppStore((state) => state.preferences.idleLockMinutes);
  const locked = useSession().locked;

  useEffect(() => {
    if (locked) return;
    let lastActivity = Date.now();
    const markActivity = () => {
      lastActivity = Date.now();
    };
    for (const type of ACTIVITY_EVENTS) {
      window.addEventListener(type, markActivity, { capture: true, passive: true });
    }
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity >= minutes * 60_000) lockWorkstation();
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      for (const type of ACTIVITY_EVENTS) {
        window.removeEventListener(type, markActivity, { capture: true });
      }
    };
  }, [minutes, locked]);
}
