import type { UiLang } from '@shared/languages';
import { en, type Dictionary, type MessageKey } from './en';
import type { Message, MessageParams } from './message';
import { ru } from './ru';

const DICTIONARIES: Record<UiLang, Dictionary> = { en, ru };

/** BCP 47 locale used for dates, numbers and plural rules of each interface language. */
export const UI_LOCALES: Record<UiLang, string> = { en: 'en-GB', ru: 'ru-RU' };

const pluralRules = new Map<UiLang, Intl.PluralRules>();

function pluralCategory(lang: UiLang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(UI_LOCALES[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

function pick(message: Message, lang: UiLang, params: MessageParams): string {
  if (typeof message === 'string') return message;
  const count = Number(params.count ?? 0);
  return message[pluralCategory(lang, count)] ?? message.other;
}

export function translate(lang: UiLang, key: MessageKey, params: MessageParams = {}): string {
  const text = pick(DICTIONARIES[lang][key], lang, params);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(UI_LOCALES[lang]) : value;
  });
}
