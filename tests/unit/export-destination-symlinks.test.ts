/**
 * The export destination check follows symlinks, on real links in temp folders: a link to
 * one of the library's folders, or a new folder under a linked parent, is refused before
 * anything is written; a link that leads outside the library is a destination like any other.
 */
import { mkdir, readdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '@shared/errors';
import { createDispatcher } from '../../src/main/api/dispatch';
import { resolveDestination } from '../../src/main/export-jobs/destination';
import { ExportJobs } from '../../src/main/export-jobs/export-jobs';
import { HEADLESS_EXPORT_SHELL } from '../../src/main/export-jobs/export-shell';
import { LibrarySession } from '../../src/main/library/session';
import { approved, TEST_APP } from './support/export-releases';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();
const FULL = 'combat-brotherhood-2023';

/** A library folder with releases/ in it, and a separate folder to put links in. */
async function libraryAndElsewhere(): Promise<{ library: string; elsewhere: string }> {
  const library = await tempDir();
  await mkdir(join(library, 'releases'));
  return { library, elsewhere: await tempDir() };
}

describe('a destination reached through a symlink', () => {
  it('is refused when the link points at a folder of the library', async () => {
    const { library, elsewhere } = await libraryAndElsewhere();
    const link = join(elsewhere, 'usb');
    await symlink(join(library, 'releases'), link);
    await expect(resolveDestination(link, library)).rejects.toMatchObject({
      code: 'invalid-input',
      detail: expect.stringContaining(
        `destination: ${link} leads inside the library folder through a symlink (to ${join(library, 'releases')})`,
      ),
    });
  });

  it('is refused when a new folder would be made under a parent linked into the library', async () => {
    const { library, elsewhere } = await libraryAndElsewhere();
    await symlink(library, join(elsewhere, 'shortcut'));
    const wanted = join(elsewhere, 'shortcut', 'releases', 'new', 'deeper');
    await expect(resolveDestination(wanted, library)).rejects.toMatchObject({
      code: 'invalid-input',
      detail: expect.stringContaining('leads inside the library folder through a symlink'),
    });
    // The library itself, reached through the link, is refused just the same.
    await expect(resolveDestination(join(elsewhere, 'shortcut'), library)).rejects.toMatchObject(
      { code: 'invalid-input' },
    );
  });

  it('is refused when the library’s exports/ folder is itself a link into the library', async () => {
    const { library } = await libraryAndElsewhere();
    await symlink(join(library, 'releases'), join(library, 'exports'));
    await expect(resolveDestination(join(library, 'exports'), library)).rejects.toMatchObject({
      code: 'invalid-input',
      detail: expect.stringContaining('through a symlink'),
    });
  });

  it('is accepted when the link leads outside the library, and keeps the name it was given', async () => {
    const { library, elsewhere } = await libraryAndElsewhere();
    const target = join(elsewhere, 'media');
    await mkdir(target);
    const link = join(await tempDir(), 'usb');
    await symlink(target, link);
    expect(await resolveDestination(link, library)).toBe(link);
    expect(await resolveDestination(join(link, 'new'), library)).toBe(join(link, 'new'));
    // The library's own exports/ folder reached through a linked library stays allowed.
    await symlink(library, join(elsewhere, 'shortcut'));
    const exports = join(elsewhere, 'shortcut', 'exports', '2024');
    expect(await resolveDestination(exports, library)).toBe(exports);
  });
});

describe('export.run with a linked destination', () => {
  it('writes nothing into the library', async () => {
    const session = new LibrarySession();
    await session.open(await tempDir(), { seedDemo: true });
    const library = session.current();
    await library.saveRelease(approved(await library.getRelease(FULL)));
    const jobs = new ExportJobs({ engine: null, app: TEST_APP });
    const dispatch = createDispatcher(session, { exporting: { jobs, shell: HEADLESS_EXPORT_SHELL } });
    const link = join(await tempDir(), 'x');
    await symlink(join(library.dir, 'releases'), link);
    const before = await readdir(join(library.dir, 'releases'));

    const answer: Envelope<unknown> = await dispatch('export.run', {
      ids: [FULL],
      formats: ['html', 'zip'],
      destination: link,
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', detail: expect.stringContaining('through a symlink') },
    });
    expect(await readdir(join(library.dir, 'releases'))).toEqual(before);
    await jobs.close();
    await session.close();
  });
});
