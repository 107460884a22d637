/** The seven languages of the press centre, in the order the UI lists them. */
export const LANGS = ['ru', 'en', 'hy', 'be', 'kk', 'ky', 'tg'] as const;
export type Lang = (typeof LANGS)[number];

/** Languages the app's own interface speaks. */
export const UI_LANGS = ['ru', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** Native names, so a language badge reads the same whatever the UI language. */
export const LANG_NATIVE_NAMES: Record<Lang, string> = {
  ru: 'Русский',
  en: 'English',
  hy: 'Հայերեն',
  be: 'Беларуская',
  kk: 'Қазақша',
  ky: 'Кыргызча',
  tg: 'Тоҷикӣ',
};
