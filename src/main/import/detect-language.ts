/**
 * The language of an imported text, told by its script and by the letters only some Cyrillic
 * alphabets have. Good enough to file an import; the user can correct it in the editor.
 */
import type { Lang } from '@shared/languages';

/**
 * Tested in this order: Tajik and Kazakh by letters of their own first, since Kazakh shares
 * і with Belarusian and ң ө ү with Kyrgyz, and Tajik shares ғ қ with Kazakh.
 */
const CYRILLIC_SIGNS: [Lang, RegExp][] = [
  ['tg', /[ӣӯҳҷ]/iu],
  ['kk', /[әғқұһ]/iu],
  ['ky', /[ңөү]/iu],
  ['be', /[ўі]/iu],
];

function count(text: string, regex: RegExp): number {
  return text.match(regex)?.length ?? 0;
}

export function detectLanguage(text: string, fallback: Lang): Lang {
  const armenian = count(text, /\p{Script=Armenian}/gu);
  const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
  const latin = count(text, /\p{Script=Latin}/gu);
  if (armenian === 0 && cyrillic === 0 && latin === 0) return fallback;
  if (armenian >= cyrillic && armenian >= latin) return 'hy';
  if (latin > cyrillic) return 'en';
  return CYRILLIC_SIGNS.find(([, signs]) => signs.test(text))?.[0] ?? 'ru';
}
