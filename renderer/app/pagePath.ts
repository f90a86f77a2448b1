import { APP_PAGES, type AppPage } from '../../shared/host/hostApi';

export const DEFAULT_PAGE: AppPage = 'overview';

export function pagePath(page: AppPage): string {
  return `/${page}`;
}

/** The page a location belongs to: its first path segment, when that names a page. */
export function pageOfPath(pathname: string): AppPage | null {
  const segment = pathname.split('/')[1] ?? '';
  return (APP_PAGES as readonly string[]).includes(segment) ? (segment as AppPage) : null;
}
