/** The operating system's light/dark preference, observed live. */
const query = () => window.matchMedia('(prefers-color-scheme: dark)');

export function systemPrefersDark(): boolean {
  return query().matches;
}

export function subscribeToSystemTheme(onChange: () => void): () => void {
  const media = query();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}
