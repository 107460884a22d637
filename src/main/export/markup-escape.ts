/**
 * Escaping for everything the exporter writes by hand (the body goes through tiptap's own
 * renderer). Text is cleaned first of characters that neither HTML nor XML may carry.
 */

/** C0 controls other than tab/newline/return, DEL and C1 controls, lone surrogates, U+FFFE/F. */
const INVALID_CHARS =
  // Matching control characters is the point here.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(INVALID_CHARS, '');
}

const TEXT_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** For element content and quoted attribute values alike, in HTML and in XML. */
export function escapeMarkup(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (char) => TEXT_ENTITIES[char]!);
}

/**
 * JSON for a <script type="application/ld+json"> block: `<`, `>` and `&` become \u escapes,
 * so no "</script>" or "<!--" can end or bend the block; U+2028/9 for old JS parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
