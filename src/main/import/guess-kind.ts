import type { ReleaseKind } from '@shared/domain';

/** A whole word (or a stem and its endings): \b knows only Latin letters. */
function words(pattern: string): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${pattern})(?!\\p{L})`, 'iu');
}

/** Title words that name a kind of release, in the languages archives are mostly kept in. */
const KIND_WORDS: [ReleaseKind, RegExp][] = [
  ['statement', words('statement|заявлени\\p{L}*')],
  ['interview', words('interview|интервью')],
  ['media-advisory', words('accreditation|media advisory|аккредитаци\\p{L}*|анонс')],
  ['news', words('news|новост\\p{L}*')],
];

/** The kind an imported item's title suggests; a press release when it names none. */
export function guessKind(title: string): ReleaseKind {
  return KIND_WORDS.find(([, pattern]) => pattern.test(title))?.[0] ?? 'press-release';
}
