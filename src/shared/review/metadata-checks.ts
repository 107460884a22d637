/**
 * Checks of what a version signs with rather than what it says: a translation showing the
 * source's signature, dateline place or contacts for want of its own, and a dateline place
 * written in another script than the version's language (a Latin "Yerevan" in Armenian).
 */
import type { Release } from '../domain';
import type { Lang } from '../languages';
import { versionMetadata } from '../version-metadata';
import type { Finding } from './findings';
import { SCRIPT_OF, type Script } from './language-detect';

/** Unicode script of each of our scripts' letters; other letters (Greek, CJK) are let be. */
const SCRIPT_LETTERS: Readonly<Record<Script, RegExp>> = {
  latin: /\p{Script=Latin}/u,
  cyrillic: /\p{Script=Cyrillic}/u,
  armenian: /\p{Script=Armenian}/u,
};

/** The scripts other than the language's that a place's letters are written in. */
export function foreignScripts(place: string, lang: Lang): Script[] {
  const expected = SCRIPT_OF[lang];
  const found = new Set<Script>();
  for (const char of place)
    for (const script of Object.keys(SCRIPT_LETTERS) as Script[])
      if (script !== expected && SCRIPT_LETTERS[script].test(char)) found.add(script);
  return [...found];
}

/**
 * A fallback is reported as such and its value is not also checked for script: the root of a
 * Latin place in an Armenian version that has none is the missing place.
 */
export function checkVersionMetadata(release: Release, lang: Lang): Finding[] {
  const own = versionMetadata(release, lang);
  const findings: Finding[] = own.fallbacks.map((field) => ({ check: 'source-fallback', field }));
  if (!own.fallbacks.includes('datelinePlace')) {
    const found = foreignScripts(own.datelinePlace, lang);
    if (found.length)
      findings.push({
        check: 'dateline-script',
        place: own.datelinePlace,
        expected: SCRIPT_OF[lang],
        found,
      });
  }
  return findings;
}
