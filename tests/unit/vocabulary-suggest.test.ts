import { describe, expect, it } from 'vitest';
import type { Release } from '@shared/domain';
import { findMentions } from '@shared/vocabulary/matcher';
import { suggestTags } from '@shared/vocabulary/suggest';
import { fullRelease, fullReleaseMentionsEn, fullReleaseMentionsRu, vocabulary } from '../fixtures';

/**
 * Read off the fixture texts (resources/demo/releases/combat-brotherhood-2023.json) against
 * resources/demo/vocabulary.json, title, lead and body of each version:
 *
 * English: "Collective Security Treaty Organization"/"CSTO" (csto), "CSTO Secretariat",
 * "CSTO Joint Staff", "CSTO Collective Rapid Reaction Forces" (csto-crrf), Imangali
 * Tasmagambetov, Anatoly Sidorov, "Brest Fortress", "the Brest region" (brest),
 * "Combat Brotherhood-2023", the five exercises, "collective security". Not Moscow, not the
 * Summer School of Diplomacy.
 *
 * Russian: the same, in their inflected forms ("Имангали Тасмагамбетова", "Объединённого
 * штаба ОДКБ", "Коллективными силами оперативного реагирования ОДКБ", "коллективную
 * безопасность"), except Brest: the city's name appears only inside "Брестской" (крепости,
 * области), another word, and must not be found there.
 */
const EXPECTED_EN = fullReleaseMentionsEn;
const EXPECTED_RU = fullReleaseMentionsRu;

function onlyVersion(release: Release, lang: 'en' | 'ru'): Release {
  return { ...release, sourceLang: lang, variants: { [lang]: release.variants[lang] } };
}

describe('suggestTags on the full release fixture', () => {
  it('finds exactly the expected entries in the English version', () => {
    const found = suggestTags(onlyVersion(fullRelease, 'en'), vocabulary).map((s) => s.entryId);
    expect([...found].sort()).toEqual([...EXPECTED_EN].sort());
  });

  it('finds exactly the expected entries in the Russian version', () => {
    const found = suggestTags(onlyVersion(fullRelease, 'ru'), vocabulary).map((s) => s.entryId);
    expect([...found].sort()).toEqual([...EXPECTED_RU].sort());
  });

  it('over the whole release, gives each entry with where it is mentioned and whether it is already a tag', () => {
    const suggestions = suggestTags(fullRelease, vocabulary);
    expect(suggestions.map((s) => s.entryId).sort()).toEqual([...EXPECTED_EN].sort());
    const person = suggestions.find((s) => s.entryId === 'imangali-tasmagambetov')!;
    expect(person.tagged).toBe(true);
    const inRussian = person.mentions.find((m) => m.lang === 'ru')!;
    const paragraph =
      inRussian.paragraph === null
        ? ''
        : fullRelease.variants.ru!.body.content![inRussian.paragraph]!.content![0]!.text!;
    expect(paragraph.slice(inRussian.start, inRussian.end)).toBe('Имангали Тасмагамбетова');
    const [[from, to]] = inRussian.snippet.highlights as [[number, number]];
    expect(inRussian.snippet.text.slice(from, to)).toBe('Имангали Тасмагамбетова');
  });
});

describe('findMentions: whole words only', () => {
  it('does not find a name inside another word', () => {
    expect(
      findMentions('Руководство Брестской области и Брестская крепость', 'ru', vocabulary).map(
        (m) => m.entryId,
      ),
    ).toEqual(['brest-fortress']);
    expect(findMentions('The research team', 'en', vocabulary)).toEqual([]);
    expect(findMentions('ОДКБ-шный сайт', 'ru', vocabulary).map((m) => m.entryId)).toEqual([
      'csto',
    ]);
  });

  it('finds an inflected form and an acronym, with offsets into the text', () => {
    const text = 'Делегация прибыла в Бресте; ОДКБ сообщила.';
    const mentions = findMentions(text, 'ru', vocabulary);
    expect(mentions.map((m) => [m.entryId, text.slice(m.start, m.end)])).toEqual([
      ['brest', 'Бресте'],
      ['csto', 'ОДКБ'],
    ]);
  });

  it('prefers the longest name where names overlap, and does not join words across punctuation', () => {
    expect(
      findMentions('the CSTO Joint Staff met', 'en', vocabulary).map((m) => m.entryId),
    ).toEqual(['csto-joint-staff']);
    expect(findMentions('Brest. Fortress walls', 'en', vocabulary).map((m) => m.entryId)).toEqual([
      'brest',
    ]);
  });

  it('looks for names in the text’s own language only', () => {
    // "СПАД" is the Tajik acronym of the CSTO and an ordinary Russian word ("decline").
    expect(findMentions('спад производства', 'ru', vocabulary)).toEqual([]);
    expect(findMentions('СПАД', 'tg', vocabulary).map((m) => m.entryId)).toEqual(['csto']);
  });

  it('reads Armenian, Kazakh and Belarusian names', () => {
    expect(
      findMentions('ՀԱՊԿ քարտուղարությունում', 'hy', vocabulary).map((m) => m.entryId),
    ).toEqual(['csto']);
    expect(findMentions('ҰҚШҰ Хатшылығы', 'kk', vocabulary).map((m) => m.entryId)).toEqual([
      'csto-secretariat',
    ]);
    expect(findMentions("Аб'яднаны штаб АДКБ", 'be', vocabulary).map((m) => m.entryId)).toEqual([
      'csto-joint-staff',
    ]);
  });
});
