/** Слова настроек бланка (src/renderer/src/templates/LetterheadEditor.tsx), включаются в ru.ts. */
import type { letterheadEn } from './letterhead.en';
import type { Message } from './message';

export const letterheadRu: Record<keyof typeof letterheadEn, Message> = {
  'templates.tabLetterhead': 'Бланк',
  'letterhead.why':
    'С этой шапки начинается каждая экспортированная страница и каждый PDF. Язык без своего названия или адреса берёт их из исходного языка или из первого заполненного.',
  'letterhead.fallback': 'из другого языка',
  'letterhead.name': 'Название организации',
  'letterhead.address': 'Строка адреса',
  'letterhead.addressPlaceholder': 'Улица, город, индекс · телефон · эл. почта',
  'letterhead.logo': 'Логотип',
  'letterhead.logoChoose': 'Выбрать изображение…',
  'letterhead.logoReplace': 'Заменить изображение…',
  'letterhead.logoRemove': 'Убрать логотип',
  'letterhead.logoPreview': 'Логотип в том виде, в каком он печатается',
};
