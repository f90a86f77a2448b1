import { Outlet } from 'react-router';
import { RecoveryNotice } from '../datasets/RecoveryNotice';
import { useAppStore } from '../store';
import { LockScreen } from '../users/LockScreen';
import { useSession } from '../users/session';
import { AboutDialog } from './AboutDialog';
import { NavRail } from './NavRail';
import { PrivacyScreen } from './PrivacyScreen';
import { ShortcutSheet } from './ShortcutSheet';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { TopBar } from './TopBar';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useHostCommands } from './useHostCommands';
import { useIdleLock } from './useIdleLock';
import { useLanguageSync } from './useLanguageSync';
import { useThemeSync } from './useTheme';

/** The frame around every page, and the app-wide behaviour that goes with it. */
export function Shell() {
  useThemeSync();
  useLanguageSync();
  useHostCommands();
  useGlobalShortcuts();
  useIdleLock();
  const hidden = useAppStore((state) => state.workspaceHidden);
  // While locked the workspace is not rendered at all, so none of its data is in the page; the
  // route stays, and unlocking opens the same page again.
  const locked = useSession().locked;
  return (
    <>
      {!locked && (
        <div className="shell" data-hidden={hidden} inert={hidden}>
          <SkipLink />
          <NavRail />
          <div className="workspace">
            <TopBar />
            <main id={MAIN_CONTENT_ID} className="content" tabIndex={-1}>
              <div className="content__inner">
                {/* On every page: the user must hear what was undone or purged, wherever they start. */}
                <RecoveryNotice />
                <Outlet />
              </div>
            </main>
          </div>
        </div>
      )}
      <ShortcutSheet />
      <AboutDialog />
      <PrivacyScreen />
      <LockScreen />
    </>
  );
}
