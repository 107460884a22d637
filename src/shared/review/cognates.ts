/**
 * Cognate anchors for paragraph alignment (after Simard, Foster & Isabelle, 1992): words that
 * share their first four letters once every script is written in Latin letters — names,
 * loanwords, "seminar"/"семинар"/"սեմինար", "sapper"/"сапёр" (doubled letters count once). A paragraph and its
 * translation share several; neighbouring paragraphs rarely do. Only words of five letters or
 * more count, so short function words do not make unrelated paragraphs look alike.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  э: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  ї: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ұ: 'u',
  ў: 'u',
  ӯ: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ҳ: 'h',
  ц: 'ts',
  ч: 'ch',
  ҷ: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  ю: 'yu',
  я: 'ya',
  ӣ: 'i',
};

const ARMENIAN: Record<string, string> = {
  ա: 'a',
  բ: 'b',
  գ: 'g',
  դ: 'd',
  ե: 'e',
  զ: 'z',
  է: 'e',
  ը: 'e',
  թ: 't',
  ժ: 'zh',
  ի: 'i',
  լ: 'l',
  խ: 'kh',
  ծ: 'ts',
  կ: 'k',
  հ: 'h',
  ձ: 'dz',
  ղ: 'gh',
  ճ: 'ch',
  մ: 'm',
  յ: 'y',
  ն: 'n',
  շ: 'sh',
  ո: 'o',
  չ: 'ch',
  պ: 'p',
  ջ: 'j',
  ռ: 'r',
  ս: 's',
  վ: 'v',
  տ: 't',
  ր: 'r',
  ց: 'ts',
  ւ: 'v',
  փ: 'p',
  ք: 'k',
  և: 'ev',
  օ: 'o',
  ֆ: 'f',
};

/** Spellings that differ between the Latin and the transliterated forms of one loanword. */
const LATIN_FOLDS: [RegExp, string][] = [
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/y/g, 'i'],
  [/(\p{L})\1/gu, '$1'],
];

const PREFIX = 4;
const MIN_WORD = 5;

function toLatin(text: string): string {
  let out = '';
  for (const char of text) out += CYRILLIC[char] ?? ARMENIAN[char] ?? char;
  for (const [pattern, replacement] of LATIN_FOLDS) out = out.replace(pattern, replacement);
  return out;
}

/** The distinct four-letter Latin prefixes of the paragraph's longer words. */
export function cognatePrefixes(text: string): string[] {
  // Folded once for the whole paragraph: per word, the regular expressions cost most of the time.
  const prefixes = new Set<string>();
  for (const word of toLatin(text.toLowerCase()).match(/\p{L}+/gu) ?? []) {
    if (word.length >= MIN_WORD && /^[a-z]+$/.test(word)) prefixes.add(word.slice(0, PREFIX));
  }
  return [...prefixes];
}
