/**
 * Each language's own signature, dateline place and contact names: the source's stand in for
 * what a translation lacks, the export prints what the resolver gives, and the checks name
 * every field that fell back and a dateline place written in another script.
 */
import { describe, expect, it } from 'vitest';
import type { Release } from '@shared/domain';
import { runAllChecks, runChecks } from '@shared/review/checks';
import { foreignScripts } from '@shared/review/metadata-checks';
import { versionMetadata, withSignatureSource } from '@shared/version-metadata';
import { languageView } from '../../src/main/export/language-view';
import { embargoedAdvisory, sevenLanguageItem, vocabulary } from '../fixtures';
import { patchVersion, versionIn } from './support/review-edits';

const metadataFindings = (release: Release, lang: Parameters<typeof runChecks>[1]) =>
  runChecks(release, lang, vocabulary).filter(
    (f) => f.check === 'source-fallback' || f.check === 'dateline-script',
  );

/** The seven-language item with the Armenian version's own signature and place taken away. */
function armenianWithout(patch: Partial<Record<'issuer' | 'datelinePlace', string | undefined>>) {
  return patchVersion(sevenLanguageItem, 'hy', patch);
}

describe('a version’s own signature, place and contacts', () => {
  it('are its own where it has them: every demo translation signs in its language', () => {
    for (const lang of ['hy', 'kk', 'tg'] as const) {
      const own = versionMetadata(sevenLanguageItem, lang);
      expect(own.fallbacks).toEqual([]);
      expect(own.issuer).toBe(versionIn(sevenLanguageItem, lang).issuer);
      expect(own.issuer).not.toBe(sevenLanguageItem.issuer);
      expect(own.issuer.split('\n')).toHaveLength(2);
      expect(own.datelinePlace).toBe(versionIn(sevenLanguageItem, lang).datelinePlace);
    }
    expect(versionMetadata(sevenLanguageItem, 'en')).toMatchObject({
      issuer: sevenLanguageItem.issuer,
      datelinePlace: 'Moscow',
      fallbacks: [],
    });
  });

  it('fall back to the source’s, blank counting as absent, and say which fields did', () => {
    const absent = versionMetadata(armenianWithout({ issuer: undefined, datelinePlace: '' }), 'hy');
    expect(absent).toMatchObject({
      issuer: 'CSTO Secretariat',
      datelinePlace: 'Moscow',
      fallbacks: ['issuer', 'datelinePlace'],
    });
    const blank = versionMetadata(armenianWithout({ issuer: '  \n ' }), 'hy');
    expect(blank.issuer).toBe('CSTO Secretariat');
    expect(blank.fallbacks).toEqual(['issuer']);
  });

  it('takes each contact’s name and role from the language, phone and e-mail from the release', () => {
    const en = versionMetadata(embargoedAdvisory, 'en');
    const [shared] = embargoedAdvisory.contacts;
    expect(en.contacts).toEqual([
      {
        name: 'Duty officer of the Press Centre',
        role: 'Media accreditation',
        phone: shared!.phone,
        email: shared!.email,
      },
    ]);
    expect(en.fallbacks).toEqual([]);
    // The role left empty in English: the Russian one stands in, and the contacts are flagged.
    const partial = patchVersion(embargoedAdvisory, 'en', {
      contacts: [{ name: 'Duty officer', role: '' }],
    });
    const fell = versionMetadata(partial, 'en');
    expect(fell.contacts[0]).toMatchObject({ name: 'Duty officer', role: shared!.role });
    expect(fell.fallbacks).toEqual(['contacts']);
    // A source without a value has nothing to fall back to: nothing to flag.
    const noSource: Release = { ...sevenLanguageItem, issuer: '' };
    expect(
      versionMetadata(patchVersion(noSource, 'kk', { issuer: undefined }), 'kk').fallbacks,
    ).toEqual([]);
  });

  it('are what the export prints in each language', () => {
    const hy = languageView(sevenLanguageItem, 'hy', vocabulary, null);
    expect(hy.issuer).toBe(versionIn(sevenLanguageItem, 'hy').issuer);
    expect(hy.dateline.startsWith('Մոսկվա')).toBe(true);
    const fallen = languageView(
      armenianWithout({ issuer: undefined, datelinePlace: '' }),
      'hy',
      vocabulary,
      null,
    );
    expect(fallen.issuer).toBe('CSTO Secretariat');
    expect(fallen.place).toBe('Moscow');
    const en = languageView(embargoedAdvisory, 'en', vocabulary, null);
    expect(en.contacts[0]?.name).toBe('Duty officer of the Press Centre');
    expect(languageView(embargoedAdvisory, 'ru', vocabulary, null).contacts[0]?.name).toBe(
      embargoedAdvisory.contacts[0]!.name,
    );
  });
});

describe('the checks on signature, place and contacts', () => {
  it('flag each field a translation takes from the source, as a warning naming it', () => {
    const release = patchVersion(armenianWithout({ issuer: undefined, datelinePlace: '' }), 'tg', {
      issuer: '',
    });
    expect(metadataFindings(release, 'hy')).toEqual([
      { check: 'source-fallback', field: 'issuer' },
      { check: 'source-fallback', field: 'datelinePlace' },
    ]);
    expect(metadataFindings(release, 'tg')).toEqual([
      { check: 'source-fallback', field: 'issuer' },
    ]);
    expect(metadataFindings(release, 'kk')).toEqual([]);
    expect(runAllChecks(release, vocabulary).hy).toEqual(runChecks(release, 'hy', vocabulary));
  });

  it('flag a Latin "Yerevan" in Armenian or Kazakh, a Cyrillic place in English, and not a fallback twice', () => {
    const latinInArmenian = armenianWithout({ datelinePlace: 'Yerevan' });
    expect(metadataFindings(latinInArmenian, 'hy')).toEqual([
      { check: 'dateline-script', place: 'Yerevan', expected: 'armenian', found: ['latin'] },
    ]);
    const latinInKazakh = patchVersion(sevenLanguageItem, 'kk', { datelinePlace: 'Yerevan' });
    expect(metadataFindings(latinInKazakh, 'kk')).toEqual([
      { check: 'dateline-script', place: 'Yerevan', expected: 'cyrillic', found: ['latin'] },
    ]);
    const cyrillicSource = patchVersion(sevenLanguageItem, 'en', { datelinePlace: 'Москва' });
    expect(metadataFindings(cyrillicSource, 'en')).toEqual([
      { check: 'dateline-script', place: 'Москва', expected: 'latin', found: ['cyrillic'] },
    ]);
    // The Armenian version without a place shows the English "Moscow": one finding, at its root.
    expect(metadataFindings(armenianWithout({ datelinePlace: '' }), 'hy')).toEqual([
      { check: 'source-fallback', field: 'datelinePlace' },
    ]);
  });

  it('read every demo place as written in its language’s script', () => {
    for (const [lang, variant] of Object.entries(sevenLanguageItem.variants))
      expect(foreignScripts(variant!.datelinePlace, lang as 'hy'), lang).toEqual([]);
    expect(foreignScripts('Нур-Султан, 1-й кв.', 'kk')).toEqual([]);
    expect(foreignScripts('Երևան (Yerevan)', 'hy')).toEqual(['latin']);
  });
});

describe('making another version the source', () => {
  it('moves the release-wide signature and contacts with it: no language’s changes', () => {
    const before = embargoedAdvisory;
    const switched = { ...withSignatureSource(before, 'en'), sourceLang: 'en' as const };
    for (const lang of ['ru', 'en'] as const) {
      const was = versionMetadata(before, lang);
      const now = versionMetadata(switched, lang);
      expect(now.issuer, lang).toBe(was.issuer);
      expect(now.contacts, lang).toEqual(was.contacts);
      expect(now.fallbacks, lang).toEqual([]);
    }
    expect(switched.issuer).toBe('Joint Press Centre of the CSTO exercise');
    expect(switched.variants.en?.issuer).toBeUndefined();
    expect(switched.variants.ru?.issuer).toBe(before.issuer);
  });
});
