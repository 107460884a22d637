/**
 * The benchmark corpus: seeded releases in all seven languages, of a press release's length
 * (a title, a lead, 5–40 paragraphs), with words drawn by Zipf's law from thousands per
 * language, people's and places' names in each language's script, and numbers (years, counts,
 * document numbers). The same seed and index always give the same release.
 */
import type { Release, Variant, VariantStatus } from '@shared/domain';
import { LANGS, type Lang } from '@shared/languages';
import { prng } from './random';
import { makeVocabulary, type Vocabulary } from './vocabulary';

export const CORPUS_SEED = 20261207;
export const CORPUS_AT = '2026-01-01T00:00:00.000Z';
/** Distinct words per language; names and numbers come on top. */
export const WORDS_PER_LANG = 8000;

const NAMES: Record<Lang, { people: string[]; places: string[] }> = {
  en: {
    people: ['Aliyev', 'Petrov', 'Sargsyan', 'Nazarbayev', 'Rahmon', 'Japarov', 'Lukashenko', 'Ivanova', 'Tokayev', 'Hovhannisyan', 'Sultanov', 'Karimova'],
    places: ['Minsk', 'Yerevan', 'Astana', 'Bishkek', 'Dushanbe', 'Moscow', 'Brest', 'Gyumri', 'Almaty', 'Osh', 'Khujand', 'Grodno'],
  },
  ru: {
    people: ['Алиев', 'Петров', 'Саргсян', 'Назарбаев', 'Рахмон', 'Жапаров', 'Лукашенко', 'Иванова', 'Токаев', 'Оганесян', 'Султанов', 'Каримова'],
    places: ['Минск', 'Ереван', 'Астана', 'Бишкек', 'Душанбе', 'Москва', 'Брест', 'Гюмри', 'Алматы', 'Ош', 'Худжанд', 'Гродно'],
  },
  be: {
    people: ['Аліеў', 'Пятроў', 'Саргсян', 'Назарбаеў', 'Рахмон', 'Жапараў', 'Лукашэнка', 'Іванова', 'Такаеў', 'Аганесян', 'Султанаў', 'Карымава'],
    places: ['Мінск', 'Ерэван', 'Астана', 'Бішкек', 'Душанбэ', 'Масква', 'Брэст', 'Гюмры', 'Алматы', 'Ош', 'Худжанд', 'Гродна'],
  },
  kk: {
    people: ['Әлиев', 'Петров', 'Саргсян', 'Назарбаев', 'Рахмон', 'Жапаров', 'Лукашенко', 'Иванова', 'Тоқаев', 'Оганесян', 'Сұлтанов', 'Кәрімова'],
    places: ['Минск', 'Ереван', 'Астана', 'Бішкек', 'Душанбе', 'Мәскеу', 'Брест', 'Гюмри', 'Алматы', 'Ош', 'Хұжанд', 'Гродно'],
  },
  ky: {
    people: ['Алиев', 'Петров', 'Саргсян', 'Назарбаев', 'Рахмон', 'Жапаров', 'Лукашенко', 'Иванова', 'Токаев', 'Оганесян', 'Султанов', 'Каримова'],
    places: ['Минск', 'Ереван', 'Астана', 'Бишкек', 'Душанбе', 'Москва', 'Брест', 'Гюмри', 'Алматы', 'Ош', 'Хужанд', 'Гродно'],
  },
  tg: {
    people: ['Алиев', 'Петров', 'Саргсян', 'Назарбоев', 'Раҳмон', 'Жапаров', 'Лукашенко', 'Иванова', 'Тоқаев', 'Ованесян', 'Султонов', 'Каримова'],
    places: ['Минск', 'Ереван', 'Остона', 'Бишкек', 'Душанбе', 'Маскав', 'Брест', 'Гюмрӣ', 'Алмаато', 'Ош', 'Хуҷанд', 'Гродно'],
  },
  hy: {
    people: ['Ալիև', 'Պետրով', 'Սարգսյան', 'Նազարբաև', 'Ռահմոն', 'Ժափարով', 'Լուկաշենկո', 'Իվանովա', 'Տոկաև', 'Հովհաննիսյան', 'Սուլթանով', 'Քարիմովա'],
    places: ['Մինսկ', 'Երևան', 'Աստանա', 'Բիշքեկ', 'Դուշանբե', 'Մոսկվա', 'Բրեստ', 'Գյումրի', 'Ալմաթի', 'Օշ', 'Խուջանդ', 'Գրոդնո'],
  },
};

export type Corpus = Record<Lang, Vocabulary>;

let shared: Corpus | null = null;

/** The seven vocabularies, made once per process. */
export function corpus(): Corpus {
  shared ??= Object.fromEntries(
    LANGS.map((lang, i) => [lang, makeVocabulary(lang, WORDS_PER_LANG, CORPUS_SEED + i)]),
  ) as Corpus;
  return shared;
}

const between = (random: () => number, low: number, high: number) =>
  low + Math.floor(random() * (high - low + 1));

/** A word, a name or a number, in the proportions of news text. */
function token(lang: Lang, random: () => number): string {
  const roll = random();
  const names = NAMES[lang];
  if (roll < 0.03) return names.people[Math.floor(random() * names.people.length)]!;
  if (roll < 0.05) return names.places[Math.floor(random() * names.places.length)]!;
  if (roll < 0.065) return String(between(random, 1, 2000));
  if (roll < 0.07) return String(between(random, 1991, 2026));
  return corpus()[lang].draw(random);
}

function sentence(lang: Lang, random: () => number, low: number, high: number): string {
  const words = Array.from({ length: between(random, low, high) }, () => token(lang, random));
  const first = words[0]!;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

function paragraph(lang: Lang, random: () => number): string {
  return Array.from({ length: between(random, 1, 4) }, () => sentence(lang, random, 8, 20)).join(' ');
}

const STATUSES: VariantStatus[] = ['draft', 'in-review', 'approved'];

/** Release `index` of the corpus: the same for the same index, every run. */
export function corpusRelease(index: number, at = CORPUS_AT): Release {
  const random = prng(CORPUS_SEED ^ (index * 2654435761));
  // The versions are translations of one another: the same number of paragraphs.
  const paragraphs = between(random, 5, 40);
  const variants: Partial<Record<Lang, Variant>> = {};
  for (const lang of LANGS) {
    variants[lang] = {
      lang,
      title: sentence(lang, random, 6, 14).slice(0, -1),
      lead: sentence(lang, random, 20, 45),
      body: {
        type: 'doc',
        content: Array.from({ length: paragraphs }, () => ({
          type: 'paragraph',
          content: [{ type: 'text', text: paragraph(lang, random) }],
        })),
      },
      datelinePlace: NAMES[lang].places[index % NAMES[lang].places.length]!,
      status: lang === 'en' ? 'approved' : STATUSES[Math.floor(random() * STATUSES.length)]!,
      statusHistory: [],
      sourceBase: null,
      updatedAt: at,
    };
  }
  const day = String(1 + (index % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(index / 28) % 12)).padStart(2, '0');
  return {
    id: `bench-${String(index).padStart(6, '0')}`,
    rev: 1,
    kind: index % 3 ? 'news' : 'press-release',
    sourceLang: 'en',
    date: `20${10 + (index % 16)}-${month}-${day}`,
    embargo: null,
    issuer: 'Joint Press Centre',
    contacts: [],
    tags: [],
    boilerplate: {},
    variants,
    comments: [],
    createdAt: at,
    updatedAt: at,
  };
}

/** The corpus size a bench runs at: `--size N` on its command line, else BENCH_SIZE, else 10,000. */
export function corpusSize(argv: readonly string[] = process.argv): number {
  const flag = argv.indexOf('--size');
  const raw = flag >= 0 ? argv[flag + 1] : process.env.BENCH_SIZE;
  const size = Number(raw ?? 10_000);
  if (!Number.isInteger(size) || size < 1) throw new Error(`corpus size must be a positive integer, got ${raw}`);
  return size;
}
