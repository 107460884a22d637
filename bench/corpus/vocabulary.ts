/**
 * A language's vocabulary for the benchmark corpus: a few hundred real words at the top ranks
 * (function words, then the press centre's topic words), then thousands of pseudo-words built
 * from the language's own syllables and endings, so that terms are as many, as long and in the
 * same script as in real releases. Words are drawn by Zipf's law (rank r ∝ 1/r^s), as in text.
 */
import type { Lang } from '@shared/languages';
import { prng } from './random';

interface Phonology {
  /** Real words, most frequent first. */
  real: string[];
  /** Syllables words are built from. */
  syllables: string[];
  /** Word endings, so that one stem appears in several forms as in the language. */
  endings: string[];
}

const split = (words: string) => words.split(' ');

const PHONOLOGY: Record<Lang, Phonology> = {
  en: {
    real: split(
      'the of and to in a for on with at by from as is was that this joint exercise command staff forces training security collective brigade ceremony ministry defence agreement minister meeting delegation cooperation military border peace officers member states council secretary general press centre',
    ),
    syllables: split('con pro ver tion ment al ex per sta ter in dis re com na ble for mi lo ca ri de ta ra ge ous ist'),
    endings: ['', '', 's', 'ed', 'ing', 'er', 'ly', 'al'],
  },
  ru: {
    real: split(
      'и в на с по о для что от к из за как это также был совместное учение командование штаб силы подготовка безопасность коллективная бригада церемония министерство обороны соглашение министр встреча делегация сотрудничество военный граница мир офицеры государства совет секретарь генеральный',
    ),
    syllables: split('про ва ни ко ре ста то ли на де ра по ве ми сло жи ду гра бе зо ка ры мен тер вод ск'),
    endings: ['', 'а', 'ы', 'ов', 'ами', 'ий', 'ого', 'ая', 'ой', 'ение', 'ения', 'ем', 'ах'],
  },
  be: {
    real: split(
      'і ў на з па аб для што ад да сумеснае вучэнне камандаванне штаб сілы падрыхтоўка бяспека калектыўная брыгада цырымонія міністэрства абароны пагадненне міністр сустрэча дэлегацыя супрацоўніцтва вайсковы мяжа мір афіцэры дзяржавы савет',
    ),
    syllables: split('пра ва ні ка рэ ста та лі на дзе ра па ве мі сла жы ду гра бе зо ка ры мен цер вод ск'),
    endings: ['', 'а', 'ы', 'аў', 'амі', 'ы', 'ага', 'ая', 'ай', 'энне', 'эння', 'ам', 'ах'],
  },
  kk: {
    real: split(
      'және мен бойынша үшін бұл да де туралы осы бірлескен оқу-жаттығу қолбасшылық штаб күштер дайындық қауіпсіздік ұжымдық бригада салтанат министрлігі қорғаныс келісім министр кездесу делегация ынтымақтастық әскери шекара бейбітшілік офицерлер мемлекеттер кеңес',
    ),
    syllables: split('қа ла ба ңы ар ты ра ке ше сы ғы да ту жа бе өз үр ін ұл ме ке ор та ры әс'),
    endings: ['', 'лар', 'лер', 'ның', 'нің', 'ға', 'ге', 'да', 'де', 'дан', 'ды', 'ын'],
  },
  ky: {
    real: split(
      'жана менен боюнча үчүн бул да де тууралуу ушул биргелешкен окуу колбашчылык штаб күчтөр даярдык коопсуздук жамааттык бригада аземи министрлиги коргоо макулдашуу министр жолугушуу делегация кызматташтык аскердик чек ара тынчтык офицерлер мамлекеттер кеңеш',
    ),
    syllables: split('ка ла ба ңы ар ты ра кө шө сы гы да туу жа бе өз үр ин ул ме ке ор та ры аск'),
    endings: ['', 'лар', 'лер', 'нын', 'нин', 'га', 'ге', 'да', 'де', 'дан', 'ды', 'ын'],
  },
  tg: {
    real: split(
      'ва дар бо аз ба барои ки ин он низ машқи муштарак фармондеҳӣ ситод қувваҳо омодагӣ амният дастаҷамъӣ бригада маросим вазорати мудофиа созишнома вазир мулоқот ҳайат ҳамкорӣ ҳарбӣ сарҳад сулҳ афсарон давлатҳо шӯро',
    ),
    syllables: split('ҳа ма ро ди ко на ти ша ба қу ғо ҷа зи во со ду ӯр ха ли му та ри пар ан ист'),
    endings: ['', 'ҳо', 'он', 'и', 'ӣ', 'ро', 'аш', 'ият', 'гӣ'],
  },
  hy: {
    real: split(
      'և ի համար է որ այդ այս նաև հետ մասին համատեղ զորավարժություն հրամանատարություն շտաբ ուժեր պատրաստություն անվտանգություն հավաքական բրիգադ արարողություն նախարարություն պաշտպանության համաձայնագիր նախարար հանդիպում պատվիրակություն համագործակցություն ռազմական սահման խաղաղություն սպաներ պետություններ խորհուրդ',
    ),
    syllables: split('հա մա րա կա նե րի տու թյուն զո վա պաշ տպա նու սահ մա խա ղա ղու պետ ար ան օր գոր ծի'),
    endings: ['', 'ի', 'ը', 'ներ', 'ների', 'ում', 'ից', 'ով', 'ության'],
  },
};

export interface Vocabulary {
  lang: Lang;
  /** Distinct words, most frequent first. */
  words: string[];
  /** Draws a word by Zipf's law. */
  draw(random: () => number): string;
}

/** Zipf's exponent for word ranks in running text. */
const ZIPF_S = 1.07;

function zipfCdf(size: number): Float64Array {
  const cdf = new Float64Array(size);
  let sum = 0;
  for (let rank = 0; rank < size; rank += 1) {
    sum += 1 / (rank + 1) ** ZIPF_S;
    cdf[rank] = sum;
  }
  for (let rank = 0; rank < size; rank += 1) cdf[rank]! /= sum;
  return cdf;
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)]!;
}

/** `size` distinct words of `lang`, the real ones first, the same for the same seed. */
export function makeVocabulary(lang: Lang, size: number, seed: number): Vocabulary {
  const { real, syllables, endings } = PHONOLOGY[lang];
  const random = prng(seed);
  const seen = new Set<string>();
  const words: string[] = [];
  const add = (word: string) => {
    if (seen.has(word)) return;
    seen.add(word);
    words.push(word);
  };
  for (const word of real) add(word);
  // Stems with a few endings each: a stem's forms are near one another in rank, as in text.
  while (words.length < size) {
    const stemLength = 2 + Math.floor(random() * 3);
    const stem = Array.from({ length: stemLength }, () => pick(syllables, random)).join('');
    for (let forms = 1 + Math.floor(random() * 3); forms > 0 && words.length < size; forms -= 1) {
      add(stem + pick(endings, random));
    }
  }
  const cdf = zipfCdf(words.length);
  return {
    lang,
    words,
    draw(next) {
      const target = next();
      let low = 0;
      let high = cdf.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (cdf[middle]! < target) low = middle + 1;
        else high = middle;
      }
      return words[low]!;
    },
  };
}
