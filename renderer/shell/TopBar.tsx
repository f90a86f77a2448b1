import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PAGE, pageOfPath } from '../app/pagePath';
import { useAppStore } from '../store';
import { CurrentUser } from './CurrentUser';
import { DatasetStatus } from './DatasetStatus';
import { useFocusAfterNavigation } from './useFocusAfterNavigation';

/** Page title (the page's one h1, and the window title), data freshness and the current user. */
export function TopBar() {
  const { t } = useTranslation();
  const page = pageOfPath(useLocation().pathname) ?? DEFAULT_PAGE;
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusAfterNavigation(heading);
  const firstRunShowing = useAppStore((state) => state.firstRunShowing);
  const pageName = firstRunShowing ? t('firstRun.steps') : t(`pages.${page}`);
  const windowTitle = t('app.documentTitle', { page: pageName });
  useEffect(() => {
    document.title = windowTitle;
  }, [windowTitle]);
  return (
    <header className="topbar">
      <h1 ref={heading} tabIndex={-1}>
        {pageName}
      </h1>
      <div className="topbar__end">
        <DatasetStatus />
        <CurrentUser />
      </div>
    </header>
  );
}
