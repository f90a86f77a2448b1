import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { pageOfPath } from '../app/pagePath';

/** Id of the element a `?section=<name>` link focuses instead of the page heading. */
export function sectionElementId(section: string): string {
  return `section-${section}`;
}

/**
 * After each navigation (not the first load), moves focus to the page heading, or to the
 * section a link named, so keyboard and screen-reader users start on the new page.
 */
export function useFocusAfterNavigation(heading: RefObject<HTMLElement | null>): void {
  const { pathname, search } = useLocation();
  const address = pathname + search;
  // Compared with the address, not a first-render flag, so StrictMode's re-run moves nothing.
  const previousAddress = useRef(address);
  useEffect(() => {
    const previous = previousAddress.current;
    if (previous === address) return;
    previousAddress.current = address;
    // The start-up redirect from `/` to the default page is no navigation of the user's.
    if (pageOfPath(previous) === null) return;
    const section = new URLSearchParams(search).get('section');
    const target = section ? document.getElementById(sectionElementId(section)) : null;
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus();
    } else {
      heading.current?.focus();
    }
  }, [address, search, heading]);
}
