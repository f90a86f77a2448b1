/**
 * The one spelling of an HTTP(S) repository's base URL, so an approval recorded for
 * `https://Repo.example/sandbox` matches a read of `https://repo.example/sandbox/`, and reads
 * are sent below the approved base and nowhere else.
 */

/** The base as the URL parser serialises it, with a trailing `/`; null when it is not an http(s) URL without credentials, query or fragment. */
export function canonicalRepositoryBase(baseUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (baseUrl.includes('?') || baseUrl.includes('#')) return null;
  // Without query or fragment the serialised URL ends with its path.
  const href = url.toString();
  return href.endsWith('/') ? href : `${href}/`;
}
