/**
 * The letterhead every exported page and PDF starts with: the organisation's name (per
 * language, falling back to one given), an address line and an optional logo from the
 * library's pictures. Kept in the library's settings, so every release of a press centre
 * carries the same head.
 */
import { z } from 'zod';
import { ASSET_SRC } from './body-image';
import { LANGS, type Lang } from './languages';

export const LETTERHEAD_LIMITS = { name: 200, address: 300 } as const;

const perLanguage = (max: number) => z.partialRecord(z.enum(LANGS), z.string().max(max));

export const letterheadSchema = z
  .object({
    name: perLanguage(LETTERHEAD_LIMITS.name),
    address: perLanguage(LETTERHEAD_LIMITS.address),
    /** `assets/<sha256>.<ext>`: a picture already in the library. */
    logo: z.string().regex(ASSET_SRC, 'not a library picture').nullable(),
  })
  .strict();
export type Letterhead = z.infer<typeof letterheadSchema>;

export const emptyLetterhead = (): Letterhead => ({ name: {}, address: {}, logo: null });

/** One language's letterhead as printed: that language's text, else the source's, else the first given. */
export interface LetterheadView {
  name: string;
  address: string;
  logo: string | null;
}

function pick(texts: Letterhead['name'], lang: Lang, fallback: Lang): string {
  const given = (l: Lang) => texts[l]?.trim() ?? '';
  return given(lang) || given(fallback) || LANGS.map(given).find(Boolean) || '';
}

/** null when the letterhead is empty: the page then starts with the release itself. */
export function letterheadFor(
  letterhead: Letterhead,
  lang: Lang,
  fallback: Lang,
): LetterheadView | null {
  const view = {
    name: pick(letterhead.name, lang, fallback),
    address: pick(letterhead.address, lang, fallback),
    logo: letterhead.logo,
  };
  return view.name || view.address || view.logo ? view : null;
}
