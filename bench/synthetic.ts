import type { Release, Variant } from '@shared/domain';
import { LANGS, type Lang } from '@shared/languages';

const WORDS: Record<Lang, string[]> = {
  en: 'joint exercise command staff forces training security collective brigade ceremony'.split(' '),
  ru: 'совместное учение командование штаб силы подготовка безопасность коллективная бригада церемония'.split(' '),
  be: 'сумеснае вучэнне камандаванне штаб сілы падрыхтоўка бяспека калектыўная брыгада цырымонія'.split(' '),
  kk: 'бірлескен оқу-жаттығу қолбасшылық штаб күштер дайындық қауіпсіздік ұжымдық бригада салтанат'.split(' '),
  ky: 'биргелешкен окуу колбашчылык штаб күчтөр даярдык коопсуздук жамааттык бригада аземи'.split(' '),
  tg: 'машқи муштарак фармондеҳӣ ситод қувваҳо омодагӣ амният дастаҷамъӣ бригада маросим'.split(' '),
  hy: 'համատեղ զորավարժություն հրամանատարություն շտաբ ուժեր պատրաստություն անվտանգություն հավաքական բրիգադ արարողություն'.split(' '),
};

export const SYNTHETIC_AT = '2026-01-01T00:00:00.000Z';

/** Deterministic pseudo-random numbers, so every run measures the same library. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(lang: Lang, random: () => number, words: number): string {
  const list = WORDS[lang];
  return Array.from({ length: words }, () => list[Math.floor(random() * list.length)]).join(' ');
}

/** A release in all seven languages, each version ~5 KB of tiptap JSON. */
export function syntheticRelease(index: number, at: string): Release {
  const random = prng(index + 1);
  const variants: Partial<Record<Lang, Variant>> = {};
  for (const lang of LANGS) {
    variants[lang] = {
      lang,
      title: `${sentence(lang, random, 8)} ${index}`,
      lead: sentence(lang, random, 30),
      body: {
        type: 'doc',
        content: Array.from({ length: 8 }, () => ({
          type: 'paragraph',
          content: [{ type: 'text', text: `${sentence(lang, random, 45)} ${Math.floor(random() * 5000)}.` }],
        })),
      },
      datelinePlace: 'Brest',
      status: lang === 'en' ? 'approved' : 'draft',
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
    date: `20${10 + (index % 15)}-${month}-${day}`,
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
