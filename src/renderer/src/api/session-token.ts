const STORAGE_KEY = 'pressOffice.token';
const FRAGMENT_PREFIX = '#token=';

/**
 * The loopback host hands its token in the URL fragment (never sent to the server, not in
 * logs). Keep it for this tab only and take it off the address bar so it is not bookmarked,
 * shared or shown in screenshots.
 */
export function takeSessionToken(): string | null {
  const { hash, pathname, search } = window.location;
  if (hash.startsWith(FRAGMENT_PREFIX)) {
    const token = decodeURIComponent(hash.slice(FRAGMENT_PREFIX.length));
    if (token) window.sessionStorage.setItem(STORAGE_KEY, token);
    window.history.replaceState(window.history.state, '', pathname + search);
  }
  return window.sessionStorage.getItem(STORAGE_KEY);
}
