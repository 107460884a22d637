/**
 * The words an exported package prints around the release's own text, in the release's
 * seven languages (the app's interface speaks only two, so these live apart from its i18n).
 */
import type { ReleaseKind } from '@shared/domain';
import type { Lang } from '@shared/languages';

export interface ExportStrings {
  kinds: Record<ReleaseKind, string>;
  contacts: string;
  about: string;
  tags: string;
  /** Label of the navigation between the language versions. */
  languages: string;
  pdfVersion: string;
  phone: string;
  email: string;
  /** The embargo notice around an already formatted time. */
  embargoedUntil: (time: string) => string;
  /** The embargo stamp at the top of a page: its word, and the line around the time. */
  embargoWord: string;
  notBefore: (time: string) => string;
}

export const EXPORT_STRINGS: Record<Lang, ExportStrings> = {
  en: {
    kinds: {
      'press-release': 'Press release',
      news: 'News',
      statement: 'Statement',
      interview: 'Interview',
      'media-advisory': 'Media advisory',
    },
    contacts: 'Media contacts',
    about: 'About',
    tags: 'Tags',
    languages: 'Language versions',
    pdfVersion: 'PDF version',
    phone: 'Tel.',
    email: 'Email',
    embargoedUntil: (time) => `EMBARGOED UNTIL ${time}`,
    embargoWord: 'EMBARGO',
    notBefore: (time) => `Not for publication before ${time}`,
  },
  ru: {
    kinds: {
      'press-release': 'Пресс-релиз',
      news: 'Новость',
      statement: 'Заявление',
      interview: 'Интервью',
      'media-advisory': 'Информация для СМИ',
    },
    contacts: 'Контакты для СМИ',
    about: 'Справка',
    tags: 'Теги',
    languages: 'Языковые версии',
    pdfVersion: 'Версия PDF',
    phone: 'Тел.',
    email: 'Эл. почта',
    embargoedUntil: (time) => `ЭМБАРГО ДО ${time}`,
    embargoWord: 'ЭМБАРГО',
    notBefore: (time) => `Не для публикации до ${time}`,
  },
  hy: {
    kinds: {
      'press-release': 'Մամուլի հաղորդագրություն',
      news: 'Լուր',
      statement: 'Հայտարարություն',
      interview: 'Հարցազրույց',
      'media-advisory': 'Տեղեկատվություն ԶԼՄ-ների համար',
    },
    contacts: 'Կոնտակտներ ԶԼՄ-ների համար',
    about: 'Տեղեկանք',
    tags: 'Պիտակներ',
    languages: 'Լեզվական տարբերակներ',
    pdfVersion: 'PDF տարբերակ',
    phone: 'Հեռ.',
    email: 'Էլ. փոստ',
    embargoedUntil: (time) => `ԷՄԲԱՐԳՈ ՄԻՆՉԵՎ ${time}`,
    embargoWord: 'ԷՄԲԱՐԳՈ',
    notBefore: (time) => `Չհրապարակել մինչև ${time}`,
  },
  be: {
    kinds: {
      'press-release': 'Прэс-рэліз',
      news: 'Навіна',
      statement: 'Заява',
      interview: 'Інтэрв’ю',
      'media-advisory': 'Інфармацыя для СМІ',
    },
    contacts: 'Кантакты для СМІ',
    about: 'Даведка',
    tags: 'Тэгі',
    languages: 'Моўныя версіі',
    pdfVersion: 'Версія PDF',
    phone: 'Тэл.',
    email: 'Эл. пошта',
    embargoedUntil: (time) => `ЭМБАРГА ДА ${time}`,
    embargoWord: 'ЭМБАРГА',
    notBefore: (time) => `Не для публікацыі да ${time}`,
  },
  kk: {
    kinds: {
      'press-release': 'Баспасөз релизі',
      news: 'Жаңалық',
      statement: 'Мәлімдеме',
      interview: 'Сұхбат',
      'media-advisory': 'БАҚ үшін ақпарат',
    },
    contacts: 'БАҚ үшін байланыс',
    about: 'Анықтама',
    tags: 'Тегтер',
    languages: 'Тілдік нұсқалар',
    pdfVersion: 'PDF нұсқасы',
    phone: 'Тел.',
    email: 'Эл. пошта',
    embargoedUntil: (time) => `ЭМБАРГО: ${time} ДЕЙІН`,
    embargoWord: 'ЭМБАРГО',
    notBefore: (time) => `${time} дейін жариялауға болмайды`,
  },
  ky: {
    kinds: {
      'press-release': 'Пресс-релиз',
      news: 'Жаңылык',
      statement: 'Билдирүү',
      interview: 'Маек',
      'media-advisory': 'ЖМК үчүн маалымат',
    },
    contacts: 'ЖМК үчүн байланыш',
    about: 'Маалымкат',
    tags: 'Тегдер',
    languages: 'Тил версиялары',
    pdfVersion: 'PDF версиясы',
    phone: 'Тел.',
    email: 'Эл. почта',
    embargoedUntil: (time) => `ЭМБАРГО: ${time} ЧЕЙИН`,
    embargoWord: 'ЭМБАРГО',
    notBefore: (time) => `${time} чейин жарыялоого болбойт`,
  },
  tg: {
    kinds: {
      'press-release': 'Изҳороти матбуотӣ',
      news: 'Хабар',
      statement: 'Изҳорот',
      interview: 'Мусоҳиба',
      'media-advisory': 'Иттилоот барои ВАО',
    },
    contacts: 'Тамос барои ВАО',
    about: 'Маълумотнома',
    tags: 'Барчаспҳо',
    languages: 'Версияҳои забонӣ',
    pdfVersion: 'Версияи PDF',
    phone: 'Тел.',
    email: 'Почтаи электронӣ',
    embargoedUntil: (time) => `ЭМБАРГО ТО ${time}`,
    embargoWord: 'ЭМБАРГО',
    notBefore: (time) => `То ${time} нашр карда нашавад`,
  },
};

/** BCP 47 tags with a region, for Open Graph's og:locale (ll_CC). */
export const OG_LOCALES: Record<Lang, string> = {
  ru: 'ru_RU',
  en: 'en_GB',
  hy: 'hy_AM',
  be: 'be_BY',
  kk: 'kk_KZ',
  ky: 'ky_KG',
  tg: 'tg_TJ',
};
