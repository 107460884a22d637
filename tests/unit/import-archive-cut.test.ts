/**
 * The text-archive cutter on archives of the five kinds of item (tests/fixtures/archive-five-*):
 * where items begin and end, their titles, dates (or none), datelines and signatures, and what
 * the preview offers for each, in Russian, English and Armenian.
 */
import { describe, expect, it } from 'vitest';
import { titleFromText } from '@shared/import/archive-title';
import { splitArchive } from '../../src/main/import/archive-text';
import { previewArchive } from '../../src/main/import/convert-file';
import { FIVE_ITEM_CUTS, FIVE_ITEM_LANGS, readFiveItemArchive } from '../fixtures/archive-five';

describe.each(FIVE_ITEM_LANGS)('the five-item archive in %s', (lang) => {
  const items = splitArchive(readFiveItemArchive(lang));
  const expected = FIVE_ITEM_CUTS[lang];

  it('is cut into its five items, at the headlines, not at the teaser', () => {
    expect(items.map((item) => item.title)).toEqual(expected.map((e) => e.title));
    expect(items.map((item) => item.titleOwnLine)).toEqual(expected.map((e) => e.titleOwnLine));
  });

  it('begins each item’s text with its text, never with a headline', () => {
    items.forEach((item, i) => {
      expect(item.paragraphs[0]!.startsWith(expected[i]!.firstParagraph), item.title).toBe(true);
      expect(item.paragraphs, item.title).toHaveLength(expected[i]!.paragraphs);
    });
  });

  it('reads dates from date lines and text, and leaves undated items undated', () => {
    expect(items.map((item) => item.date)).toEqual(expected.map((e) => e.date));
    expect(items.map((item) => item.datelinePlace)).toEqual(expected.map((e) => e.datelinePlace));
  });

  it('keeps the two-line signature with the release it closes, as the issuer', () => {
    const preview = previewArchive(`archive-${lang}.txt`, Buffer.from(readFiveItemArchive(lang)), undefined, 'en');
    if (!preview.ok) throw new Error(preview.detail);
    expect(preview.items.map((item) => item.issuer)).toEqual(expected.map((e) => e.issuer));
    expect(preview.items.map((item) => item.date)).toEqual(expected.map((e) => e.date));
    expect(new Set(preview.items.map((item) => item.lang))).toEqual(new Set([lang]));
  });
});

describe('the cutter on other layouts', () => {
  it('takes a date line written above the headline', () => {
    const [first, second] = splitArchive(
      'Moscow, 3 March 2024\nBriefing on the exercise\n\nThe briefing took place.\n\n\n4 March 2024\n\nSecond briefing\n\nIt went well.',
    );
    expect(first).toMatchObject({ title: 'Briefing on the exercise', date: '2024-03-03', datelinePlace: 'Moscow' });
    expect(second).toMatchObject({ title: 'Second briefing', date: '2024-03-04', paragraphs: ['It went well.'] });
  });

  it('starts a new item at a headline after a single blank line', () => {
    const items = splitArchive('First headline\n\nText one.\n\nSecond headline\n\nText two.');
    expect(items.map((item) => [item.title, item.paragraphs])).toEqual([
      ['First headline', ['Text one.']],
      ['Second headline', ['Text two.']],
    ]);
  });

  it('reads a one-line signature at the end, and one before the next headline', () => {
    const items = splitArchive('Headline one\n\nText one.\n\nPress Service\n\n\nHeadline two\n\nText two.\n\nPress Office');
    expect(items.map((item) => [item.title, item.signature])).toEqual([
      ['Headline one', ['Press Service']],
      ['Headline two', ['Press Office']],
    ]);
  });

  it('titles running text by its first sentence, or its first words when that runs long', () => {
    expect(titleFromText('The seminar opened today. It lasts two days.')).toBe('The seminar opened today');
    const long = 'Students from six countries argued about whether regional organizations should take on more responsibility for settling conflicts today.';
    expect(titleFromText(long)).toBe('Students from six countries argued about whether regional organizations should take on more responsibility…');
  });
});
