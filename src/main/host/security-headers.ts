import { CONTENT_SECURITY_POLICY } from '../shell/content-security-policy';

/**
 * Sent with every file the host serves: the very policy of the app:// protocol, so the page
 * runs under the same rules in a browser as in the app window.
 */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
