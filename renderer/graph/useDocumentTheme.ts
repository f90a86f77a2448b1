import { useEffect, useState } from 'react';
import type { GraphTheme } from './graphStyle';

export function currentTheme(): GraphTheme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/** The theme the document shows, following changes to it. */
export function useDocumentTheme(): GraphTheme {
  const [theme, setTheme] = useState<GraphTheme>(currentTheme);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(currentTheme()));
    observer.observe(document.documentElement, { attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}
