/**
 * Month names in the seven languages, for reading dates written out in words. English names
 * must match whole (so "mar" in "market" is no month); the others are matched by stem, since
 * they inflect: сентября, сентябре, ліпеня, шілдеде, июлунда, հուլիսի.
 */
import { foldWord } from './normalise';

const ENGLISH: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** Russian stems also serve Kyrgyz and Tajik, which write the Russian month names. */
const STEMS: readonly (readonly string[])[] = [
  ['январ', 'студзен', 'қаңтар', 'հունվար'],
  ['феврал', 'лют', 'ақпан', 'փետրվար'],
  ['март', 'сакавік', 'наурыз', 'մարտ'],
  ['апрел', 'красавік', 'сәуір', 'ապրիլ'],
  ['мая', 'мае', 'май', 'травен', 'траўн', 'мамыр', 'մայիս'],
  ['июн', 'чэрвен', 'маусым', 'հունիս'],
  ['июл', 'ліпен', 'шілде', 'հուլիս'],
  ['август', 'жнів', 'жніў', 'тамыз', 'օգոստոս'],
  ['сентябр', 'верас', 'қыркүйек', 'սեպտեմբեր'],
  ['октябр', 'кастрычнік', 'қазан', 'հոկտեմբեր'],
  ['ноябр', 'лістапад', 'қараша', 'նոյեմբեր'],
  ['декабр', 'снеж', 'желтоқсан', 'դեկտեմբեր'],
];

const ENGLISH_INDEX = new Map(
  ENGLISH.flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

/** 1–12 when `word` names a month, otherwise null. */
export function monthOf(word: string): number | null {
  const folded = foldWord(word);
  const english = ENGLISH_INDEX.get(folded);
  if (english !== undefined) return english;
  for (let i = 0; i < STEMS.length; i += 1) {
    if (STEMS[i]!.some((stem) => folded.startsWith(stem))) return i + 1;
  }
  return null;
}
