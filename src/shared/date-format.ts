/**
 * Dates as a press release prints them, in each of the seven languages:
 *   en  Brest, 1 September 2023            ru  Брест, 1 сентября 2023 г.
 *   be  Брэст, 1 верасня 2023 г.           kk  Брест, 2023 жылғы 1 қыркүйек
 *   ky  Брест, 2023-жылдын 1-сентябры      tg  Брест, 1 сентябри соли 2023
 *   hy  Բրեստ, 2023 թվականի սեպտեմբերի 1
 * English and Russian come from Intl, whose data for them is in every ICU build. The other
 * five are written out: trimmed ICU builds (Electron's among them) may lack them, and where
 * CLDR has them its forms ("2023 ж. 1 қыркүйек", "1 сентябр 2023") are not the ones these
 * press offices print.
 */
import type { Lang } from './languages';

type SpelledLang = Exclude<Lang, 'en' | 'ru'>;

/** Month names in the form they take after a day number (genitive, possessive, izofat). */
const MONTHS: Record<SpelledLang, readonly string[]> = {
  be: [
    'студзеня',
    'лютага',
    'сакавіка',
    'красавіка',
    'мая',
    'чэрвеня',
    'ліпеня',
    'жніўня',
    'верасня',
    'кастрычніка',
    'лістапада',
    'снежня',
  ],
  hy: [
    'հունվարի',
    'փետրվարի',
    'մարտի',
    'ապրիլի',
    'մայիսի',
    'հունիսի',
    'հուլիսի',
    'օգոստոսի',
    'սեպտեմբերի',
    'հոկտեմբերի',
    'նոյեմբերի',
    'դեկտեմբերի',
  ],
  kk: [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ],
  ky: [
    'январы',
    'февралы',
    'марты',
    'апрели',
    'майы',
    'июну',
    'июлу',
    'августу',
    'сентябры',
    'октябры',
    'ноябры',
    'декабры',
  ],
  tg: [
    'январи',
    'феврали',
    'марти',
    'апрели',
    'майи',
    'июни',
    'июли',
    'августи',
    'сентябри',
    'октябри',
    'ноябри',
    'декабри',
  ],
};

const SPELLED: Record<SpelledLang, (day: number, month: string, year: number) => string> = {
  be: (d, m, y) => `${d} ${m} ${y} г.`,
  hy: (d, m, y) => `${y} թվականի ${m} ${d}`,
  kk: (d, m, y) => `${y} жылғы ${d} ${m}`,
  ky: (d, m, y) => `${y}-жылдын ${d}-${m}`,
  tg: (d, m, y) => `${d} ${m} соли ${y}`,
};

const INTL_LOCALES = { en: 'en-GB', ru: 'ru-RU' } as const;
const intlFormats = new Map<string, Intl.DateTimeFormat>();

function intlFormat(lang: 'en' | 'ru'): Intl.DateTimeFormat {
  let format = intlFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[lang], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    intlFormats.set(lang, format);
  }
  return format;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A calendar date (YYYY-MM-DD, or the date part of a longer ISO string) in `lang`. */
export function formatLongDate(isoDate: string, lang: Lang): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`not an ISO date: ${isoDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (lang === 'en' || lang === 'ru') {
    return intlFormat(lang).format(new Date(Date.UTC(year, month - 1, day)));
  }
  return SPELLED[lang](day, MONTHS[lang][month - 1]!, year);
}

/** "Place, date" — the dateline opening a release; the date alone when there is no place. */
export function formatDateline(place: string, isoDate: string, lang: Lang): string {
  const date = formatLongDate(isoDate, lang);
  return place.trim() ? `${place.trim()}, ${date}` : date;
}

/** A wall-clock time (YYYY-MM-DDTHH:mm) as "date, HH:mm" in `lang`; 24-hour everywhere. */
export function formatWallDateTime(wallTime: string, lang: Lang): string {
  return `${formatLongDate(wallTime, lang)}, ${wallTime.slice(11, 16)}`;
}
