/**
 * What an exported package and its files are called: `<date>-<slug>` for the zip or folder,
 * `<date>-<slug>-<lang>.html` / `.pdf` inside it, so a PDF saved out of the package still says
 * which release and language it is.
 *
 * The slug is the source title transliterated to ASCII by any-ascii (one table for every
 * script: Cyrillic with the Kazakh, Kyrgyz, Tajik and Belarusian letters, Armenian, …).
 * ASCII rather than the title's own letters because these files travel by e-mail and through
 * agency systems, archivers and Windows shares that still mangle non-ASCII names (zip entries
 * without the UTF-8 flag, NFD on macOS against NFC elsewhere). What is left is [a-z0-9-]
 * only, so it is safe on Windows, macOS and Linux by construction: no reserved character, no
 * trailing dot or space, and never a reserved device name (CON, NUL, COM1…), because every
 * name starts with the date.
 */
import anyAscii from 'any-ascii';
import type { Release } from '@shared/domain';
import type { Lang } from '@shared/languages';

/** Long enough to tell releases apart, short enough for Windows' 260-character paths. */
export const SLUG_MAX_LENGTH = 60;

/** "Пресс-центр объявляет…" → "press-tsentr-obyavlyaet…"; "" when nothing is left. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFC')
    // Apostrophes join a word (з’езд, journalists’), they do not split it.
    .replace(/['’ʼ`]/g, '')
    // Emoji and symbols would transliterate to their names (":smile:"): drop them first.
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ');
  const ascii = anyAscii(words)
    .toLowerCase()
    // ъ and ь come out as quotes: part of the word, like the apostrophes above.
    .replace(/['"]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    // Runs are single dashes by now, so one at each end is all there is to drop.
    .replace(/^-|-$/g, '');
  if (ascii.length <= SLUG_MAX_LENGTH) return ascii;
  const cut = ascii.slice(0, SLUG_MAX_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  // Cut at a word when there is one in the second half; inside a long word otherwise.
  return (lastDash > SLUG_MAX_LENGTH / 2 ? cut.slice(0, lastDash) : cut.slice(0, SLUG_MAX_LENGTH))
    .replace(/-$/, '');
}

export interface PackageNames {
  /** `2024-07-25-csto-secretariat-meets-graduates`: the folder, and the zip without `.zip`. */
  base: string;
  page(lang: Lang): string;
  pdf(lang: Lang): string;
}

export function packageNames(base: string): PackageNames {
  return {
    base,
    page: (lang) => `${base}-${lang}.html`,
    pdf: (lang) => `${base}-${lang}.pdf`,
  };
}

/** The names of a release's package: its date and its source title, or its id when the title gives no letters. */
export function releasePackageNames(release: Release): PackageNames {
  const slug = slugify(release.variants[release.sourceLang]?.title ?? '') || release.id;
  return packageNames(`${release.date}-${slug}`);
}
