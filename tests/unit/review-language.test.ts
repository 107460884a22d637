import { describe, expect, it } from 'vitest';
import { LANGS } from '@shared/languages';
import { judgeLanguage } from '@shared/review/language-detect';
import { fullRelease, sevenLanguageItem } from '../fixtures';
import { textsOf, versionIn } from './support/review-edits';

const segmentsOf = (lang: (typeof LANGS)[number]) => {
  const variant = versionIn(sevenLanguageItem, lang);
  return [variant.title, variant.lead, ...textsOf(variant)];
};

describe('language of a text, by script and letters', () => {
  it('every segment of the seven-language item fits its own slot and no other', () => {
    for (const written of LANGS) {
      for (const text of segmentsOf(written)) {
        for (const slot of LANGS) {
          const verdict = judgeLanguage(text, slot);
          expect(verdict.fits, `${written} text in the ${slot} slot: ${text}`).toBe(
            slot === written,
          );
          if (!verdict.fits) expect(verdict.looksLike, text).toBe(written);
        }
      }
    }
  });

  it('the full release fits its English and Russian slots', () => {
    for (const lang of ['en', 'ru'] as const) {
      const variant = versionIn(fullRelease, lang);
      for (const text of [variant.title, variant.lead, ...textsOf(variant)]) {
        expect(judgeLanguage(text, lang), text).toEqual({ fits: true });
      }
    }
  });

  it('names the letters that gave Russian away in a Kazakh, Kyrgyz, Belarusian or Tajik slot', () => {
    const russian = textsOf(versionIn(sevenLanguageItem, 'ru'))[0]!;
    expect(judgeLanguage(russian, 'kk')).toEqual({
      fits: false,
      reason: 'no-own-letters',
      letters: 'әғқңөұүһі',
      looksLike: 'ru',
    });
    expect(judgeLanguage(russian, 'ky')).toMatchObject({
      reason: 'no-own-letters',
      letters: 'ңөү',
    });
    // Belarusian has no и: Russian text shows it at once.
    expect(judgeLanguage(russian, 'be')).toMatchObject({ reason: 'foreign-letters', letters: 'и' });
    expect(judgeLanguage(russian, 'tg')).toMatchObject({ fits: false, looksLike: 'ru' });
  });

  it('gives no verdict on a text too short to tell, and tolerates a stray foreign letter', () => {
    expect(judgeLanguage('Брест', 'kk')).toEqual({ fits: true });
    expect(judgeLanguage('ОДКБ сообщает', 'kk')).toEqual({ fits: true });
    const russianWithName =
      'Сотрудники Секретариата рассказали об истории Организации и о работе Іманғали.';
    expect(judgeLanguage(russianWithName, 'ru')).toEqual({ fits: true });
  });

  it('reads text mostly in another script as that script’s language', () => {
    expect(judgeLanguage('The graduates asked about peacekeeping.', 'hy')).toMatchObject({
      reason: 'script',
      looksLike: 'en',
    });
    expect(judgeLanguage('Շրջանավարտները հարցեր տվեցին խաղաղապահ', 'ru')).toMatchObject({
      reason: 'script',
      looksLike: 'hy',
    });
    expect(judgeLanguage('CSTO и ОДКБ: совместное заявление секретариата', 'ru')).toEqual({
      fits: true,
    });
  });
});
