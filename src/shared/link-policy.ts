/**
 * Where a link in a release may point: web pages and e-mail addresses. Anything that could run
 * (javascript:, data:, vbscript:) or reach the local machine (file:) is refused wherever links
 * enter: the editor, the link dialog and every importer.
 */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

const ALLOWED = new Set<string>(LINK_PROTOCOLS.map((protocol) => `${protocol}:`));

export function isAllowedHref(href: string): boolean {
  try {
    return ALLOWED.has(new URL(href.trim()).protocol);
  } catch {
    return false;
  }
}

const EMAIL = /^[^\s@/:]+@[^\s@/:.]+(?:\.[^\s@/:.]+)+$/;

/**
 * A link as typed into the link box, made absolute: "example.org" is read as https://, a bare
 * e-mail address as mailto:. Null when the result still is not an allowed link.
 */
export function normaliseHref(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  const candidate = EMAIL.test(text)
    ? `mailto:${text}`
    : /^[a-z][a-z0-9+.-]*:/i.test(text)
      ? text
      : `https://${text}`;
  return isAllowedHref(candidate) ? new URL(candidate).href : null;
}
