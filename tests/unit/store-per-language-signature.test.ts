/**
 * The per-language signature and contact names are optional fields of a version: a library
 * written before them opens as it is, its translations showing the source's signature, and
 * takes the new fields on a save and keeps them across a reopen.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '@shared/review/checks';
import { versionMetadata } from '@shared/version-metadata';
import { Library } from '../../src/main/library/library';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

const AT = '2024-06-03T08:00:00.000Z';
const ID = 'exercise-opened-2024';

function oldVersion(lang: 'en' | 'hy', title: string, text: string, place: string) {
  return {
    lang,
    title,
    lead: '',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    datelinePlace: place,
    status: 'draft',
    statusHistory: [],
    sourceBase: null,
    updatedAt: AT,
  };
}

/** A library as the app wrote it before versions had a signature of their own. */
async function writeOldLibrary(dir: string): Promise<void> {
  await mkdir(join(dir, 'releases'), { recursive: true });
  await writeFile(
    join(dir, 'library.json'),
    JSON.stringify({
      schemaVersion: 1,
      createdAt: AT,
      settings: { uiLanguage: 'en', userName: 'Editor' },
      vocabulary: [],
    }),
  );
  const release = {
    id: ID,
    rev: 4,
    kind: 'news',
    sourceLang: 'en',
    date: '2024-06-03',
    embargo: null,
    issuer: 'Press Service\nJoint Staff',
    contacts: [
      {
        name: 'Duty officer',
        role: 'Accreditation',
        phone: '+374 10 000000',
        email: 'press@example.org',
      },
    ],
    tags: [],
    boilerplate: {},
    variants: {
      en: oldVersion('en', 'Exercise opened', 'The exercise opened.', 'Yerevan'),
      hy: oldVersion('hy', 'Զորավարժությունը մեկնարկեց', 'Զորավարժությունը մեկնարկեց։', 'Yerevan'),
    },
    comments: [],
    createdAt: AT,
    updatedAt: AT,
  };
  await writeFile(
    join(dir, 'releases', `${ID}.json`),
    JSON.stringify({ schemaVersion: 1, release }),
  );
}

describe('per-language signature in a library written before it', () => {
  it('opens the old file unchanged, with the source’s values standing in and flagged', async () => {
    const dir = await tempDir();
    await writeOldLibrary(dir);
    const before = await readFile(join(dir, 'releases', `${ID}.json`), 'utf8');
    const library = await Library.open(dir);
    await library.verified();
    expect(library.info().quarantined).toEqual([]);
    const release = await library.getRelease(ID);
    expect(release.variants.hy?.issuer).toBeUndefined();
    expect(versionMetadata(release, 'hy')).toMatchObject({
      issuer: 'Press Service\nJoint Staff',
      fallbacks: ['issuer', 'contacts'],
    });
    // The Latin place an old Armenian version carries is its own value: flagged for its script.
    expect(runChecks(release, 'hy', []).filter((f) => f.check === 'dateline-script')).toHaveLength(
      1,
    );
    await library.close();
    expect(await readFile(join(dir, 'releases', `${ID}.json`), 'utf8')).toBe(before);
  });

  it('saves the Armenian signature, place and contact name and finds them again after a reopen', async () => {
    const dir = await tempDir();
    await writeOldLibrary(dir);
    const library = await Library.open(dir);
    const release = await library.getRelease(ID);
    const hy = release.variants.hy!;
    await library.saveRelease({
      ...release,
      variants: {
        ...release.variants,
        hy: {
          ...hy,
          issuer: 'Մամուլի ծառայություն\nՀամատեղ շտաբ',
          datelinePlace: 'Երևան',
          contacts: [{ name: 'Հերթապահ սպա', role: '' }],
        },
      },
    });
    await library.close();

    const stored = JSON.parse(await readFile(join(dir, 'releases', `${ID}.json`), 'utf8'));
    expect(stored.release.variants.hy.issuer).toBe('Մամուլի ծառայություն\nՀամատեղ շտաբ');
    expect(stored.release.issuer).toBe('Press Service\nJoint Staff');
    expect(stored.release.variants.en.issuer).toBeUndefined();

    const reopened = await Library.open(dir);
    await reopened.verified();
    const again = await reopened.getRelease(ID);
    expect(versionMetadata(again, 'hy')).toEqual({
      issuer: 'Մամուլի ծառայություն\nՀամատեղ շտաբ',
      datelinePlace: 'Երևան',
      contacts: [
        {
          name: 'Հերթապահ սպա',
          role: 'Accreditation',
          phone: '+374 10 000000',
          email: 'press@example.org',
        },
      ],
      fallbacks: ['contacts'],
    });
    expect(versionMetadata(again, 'en').issuer).toBe('Press Service\nJoint Staff');
    expect(reopened.info().quarantined).toEqual([]);
    await reopened.close();
  });
});
