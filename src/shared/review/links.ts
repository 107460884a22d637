/**
 * The links of a paragraph: targets of link marks and addresses written out in the text (web
 * addresses and e-mail), so a changed address is caught whichever way it was entered.
 */

export interface LinkMention {
  /** As written or stored. */
  href: string;
  /** What two links are compared by: no scheme, lower-case host, no trailing slash. */
  key: string;
}

const WRITTEN =
  /\bhttps?:\/\/[^\s<>"«»“”]+|\bwww\.[^\s<>"«»“”]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;
const TRAILING_PUNCTUATION = /(?<![.,;:!?)\]»”"'’])[.,;:!?)\]»”"'’]+$/;

/** Cheap test first: the address pattern is slow on long text without any address. */
const MAY_HOLD_ADDRESS = /@|:\/\/|www\./i;

export function linksIn(paragraph: { text: string; links: readonly string[] }): LinkMention[] {
  const { text } = paragraph;
  const written = MAY_HOLD_ADDRESS.test(text)
    ? [...text.matchAll(WRITTEN)].map((m) => m[0].replace(TRAILING_PUNCTUATION, ''))
    : [];
  const marked = paragraph.links.map((href) => href.replace(/^mailto:/i, ''));
  const seen = new Set<string>();
  const result: LinkMention[] = [];
  // A marked link usually shows its own address as its text: count it once.
  for (const href of [...marked, ...written]) {
    const key = linkKey(href);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ href, key });
  }
  return result;
}

function linkKey(href: string): string {
  const bare = href
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/(?<!\/)\/+$/, '');
  const slash = bare.indexOf('/');
  const host = slash < 0 ? bare : bare.slice(0, slash);
  const path = slash < 0 ? '' : bare.slice(slash);
  return host.toLowerCase() + path;
}

export interface LinkComparison {
  missing: LinkMention[];
  extra: LinkMention[];
}

export function compareLinks(
  source: readonly LinkMention[],
  target: readonly LinkMention[],
): LinkComparison {
  const targetKeys = new Set(target.map((l) => l.key));
  const sourceKeys = new Set(source.map((l) => l.key));
  return {
    missing: source.filter((l) => !targetKeys.has(l.key)),
    extra: target.filter((l) => !sourceKeys.has(l.key)),
  };
}
