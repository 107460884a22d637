/**
 * The letterhead in the library's settings: stored through settings.update on a real library
 * folder, kept when another setting changes, read as empty from a library written before it,
 * its logo accepted only when the library holds the picture; and what each language prints.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyLetterhead, letterheadFor, type Letterhead } from '@shared/letterhead';
import { createDispatcher } from '../../src/main/api/dispatch';
import { putAsset } from '../../src/main/assets/asset-store';
import { LibrarySession } from '../../src/main/library/session';
import { PIXEL_PNG } from './support/export-releases';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

const LETTERHEAD: Letterhead = {
  name: { ru: 'Пресс-центр', en: 'Press centre', hy: 'Մամուլի կենտրոն' },
  address: { en: '12 Main Street, Minsk' },
  logo: null,
};

async function openSession(dir: string): Promise<LibrarySession> {
  const session = new LibrarySession();
  await session.open(dir, { seedDemo: false });
  return session;
}

describe('the letterhead setting', () => {
  it('is stored, survives a change of another setting and a reopen', async () => {
    const dir = await tempDir();
    const session = await openSession(dir);
    const dispatch = createDispatcher(session);
    expect(await dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { letterhead: emptyLetterhead() },
    });
    await dispatch('settings.update', { letterhead: LETTERHEAD });
    await dispatch('settings.update', { userName: 'Anna' });
    await session.close();

    const reopened = await openSession(dir);
    expect(reopened.current().getSettings()).toMatchObject({
      userName: 'Anna',
      letterhead: LETTERHEAD,
    });
    await reopened.close();
  });

  it('reads as empty from a library written before it', async () => {
    const dir = await tempDir();
    await (await openSession(dir)).close();
    const file = join(dir, 'library.json');
    const stored = JSON.parse(await readFile(file, 'utf8')) as { settings: object };
    stored.settings = { uiLanguage: 'ru', userName: 'Anna' };
    await writeFile(file, JSON.stringify(stored));
    const session = await openSession(dir);
    expect(session.current().getSettings()).toEqual({
      uiLanguage: 'ru',
      userName: 'Anna',
      letterhead: emptyLetterhead(),
    });
    await session.close();
  });

  it('takes a logo the library holds and refuses one it does not, changing nothing', async () => {
    const dir = await tempDir();
    const session = await openSession(dir);
    const dispatch = createDispatcher(session);
    const { src } = await putAsset(dir, PIXEL_PNG);
    const missing = `assets/${'b'.repeat(64)}.png`;
    const refused = await dispatch('settings.update', {
      letterhead: { ...LETTERHEAD, logo: missing },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(session.current().getSettings().letterhead).toEqual(emptyLetterhead());
    expect(
      await dispatch('settings.update', { letterhead: { ...LETTERHEAD, logo: src } }),
    ).toMatchObject({
      ok: true,
      value: { letterhead: { logo: src } },
    });
    await session.close();
  });
});

describe('the letterhead of one language', () => {
  it('prints its own name, else the source language’s, else the first given', () => {
    expect(letterheadFor(LETTERHEAD, 'hy', 'en')).toEqual({
      name: 'Մամուլի կենտրոն',
      address: '12 Main Street, Minsk',
      logo: null,
    });
    expect(letterheadFor(LETTERHEAD, 'kk', 'ru')?.name).toBe('Пресс-центр');
    expect(
      letterheadFor({ ...LETTERHEAD, name: { tg: 'Маркази матбуот' } }, 'be', 'ru')?.name,
    ).toBe('Маркази матбуот');
    // Blank is not given: a name of spaces falls back too.
    expect(
      letterheadFor({ ...LETTERHEAD, name: { be: '  ', en: 'Press centre' } }, 'be', 'ru')?.name,
    ).toBe('Press centre');
  });

  it('is nothing at all when nothing is set', () => {
    expect(letterheadFor(emptyLetterhead(), 'ru', 'ru')).toBeNull();
  });
});
