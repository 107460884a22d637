/**
 * A real temporary library with one Russian release whose body has every inline format the
 * editor can make (bold, italic, underline, a link over differently formatted words, a line
 * break), a heading, a list, an open comment and a vocabulary term; and the Kazakh and
 * Armenian a translator would give each piece of its text.
 */
import type { Release, TiptapDoc, TiptapNode } from '@shared/domain';
import { Library } from '../../../src/main/library/library';
import type { ReviewContext } from '../../../src/main/review/context';

const b = { type: 'bold' };
const i = { type: 'italic' };
const u = { type: 'underline' };
const link = { type: 'link', attrs: { href: 'https://example.org/news?id=7&lang=ru' } };
const t = (text: string, ...marks: object[]): TiptapNode =>
  marks.length ? { type: 'text', text, marks: marks as TiptapNode['marks'] } : { type: 'text', text };
const p = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });

export const TERM_RU = 'Организация Договора о коллективной безопасности';
export const TERM_KK = 'Ұжымдық қауіпсіздік туралы шарт ұйымы';

export const RU_BODY: TiptapDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [t('Итоги учений')] },
    p(t('В учениях приняли участие '), t('более 2500 военнослужащих', b), t(' из '), t('семи государств', i), t('.')),
    p(t('Подробности на '), t('сайте', link, b), t(' Организации', link), { type: 'hardBreak' }, t('Пресс-служба.')),
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [p(t('Первый этап — 12 сентября'))] },
        { type: 'listItem', content: [p(t('Второй этап — 14 сентября'))] },
      ],
    },
    p(t(`${TERM_RU} — международная организация.`)),
    p(t('Аккредитация ', u), t('обязательна', u, b), t('.')),
  ],
};

/** Every text node of the release, as a translator would render it. */
export const TRANSLATIONS: Record<'kk' | 'hy', Record<string, string>> = {
  kk: {
    'Учения «Взаимодействие-2026»': '«Өзара іс-қимыл-2026» жаттығуы',
    'Учения прошли в Казахстане.': 'Жаттығу Қазақстанда өтті.',
    'Итоги учений': 'Жаттығу қорытындысы',
    'В учениях приняли участие ': 'Жаттығуға ',
    'более 2500 военнослужащих': '2500-ден астам әскери қызметші',
    ' из ': ' ',
    'семи государств': 'жеті мемлекеттен',
    '.': ' қатысты.',
    'Подробности на ': 'Толығырақ ',
    'сайте': 'Ұйымның',
    ' Организации': ' сайтында',
    'Пресс-служба.': 'Баспасөз қызметі.',
    'Первый этап — 12 сентября': 'Бірінші кезең — 12 қыркүйек',
    'Второй этап — 14 сентября': 'Екінші кезең — 14 қыркүйек',
    [`${TERM_RU} — международная организация.`]: `${TERM_KK} — халықаралық ұйым.`,
    'Аккредитация ': 'Аккредитация ',
    'обязательна': 'міндетті',
  },
  hy: {
    'Учения «Взаимодействие-2026»': '«Փոխգործակցություն-2026» զորավարժություն',
    'Учения прошли в Казахстане.': 'Զորավարժությունն անցկացվեց Ղազախստանում։',
    'Итоги учений': 'Զորավարժության արդյունքները',
    'В учениях приняли участие ': 'Զորավարժությանը մասնակցել են ',
    'более 2500 военнослужащих': 'ավելի քան 2500 զինծառայող',
    ' из ': ' ',
    'семи государств': 'յոթ պետությունից',
    '.': '։',
    'Подробности на ': 'Մանրամասները՝ ',
    'сайте': 'Կազմակերպության',
    ' Организации': ' կայքում',
    'Пресс-служба.': 'Մամուլի ծառայություն։',
    'Первый этап — 12 сентября': 'Առաջին փուլ — սեպտեմբերի 12',
    'Второй этап — 14 сентября': 'Երկրորդ փուլ — սեպտեմբերի 14',
    [`${TERM_RU} — международная организация.`]: 'Հավաքական անվտանգության պայմանագրի կազմակերպությունը միջազգային կազմակերպություն է։',
    'Аккредитация ': 'Հավատարմագրումը ',
    'обязательна': 'պարտադիր է',
  },
};

export interface TranslationLibrary {
  library: Library;
  ctx: ReviewContext;
  release: Release;
}

/** A library in `dir` with the release (ru source, an open comment) and the vocabulary term. */
export async function openTranslationLibrary(dir: string): Promise<TranslationLibrary> {
  let tick = Date.parse('2026-09-15T09:00:00.000Z');
  const now = () => new Date((tick += 1000));
  const library = await Library.open(dir, { now });
  await library.updateSettings({ userName: 'Редактор' });
  await library.updateVocabulary(() => [
    { id: 'csto', type: 'organisation', labels: { ru: TERM_RU, kk: TERM_KK }, aliases: {} },
  ]);
  const created = await library.createRelease({ kind: 'press-release', sourceLang: 'ru', title: 'Учения «Взаимодействие-2026»' });
  const source = created.variants.ru!;
  const release = await library.saveRelease({
    ...created,
    variants: { ru: { ...source, lead: 'Учения прошли в Казахстане.', body: RU_BODY } },
    comments: [
      {
        id: 'c-number',
        lang: 'ru',
        paragraph: 1,
        quote: 'более 2500 военнослужащих',
        author: 'Редактор',
        text: 'Проверьте число участников',
        createdAt: '2026-09-15T08:00:00.000Z',
        resolvedAt: null,
        resolvedBy: null,
      },
    ],
  });
  return { library, ctx: { library, now }, release };
}
