import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseFileSchema, type Release } from '@shared/domain';
import type { Envelope } from '@shared/errors';
import { createDispatcher } from '../../src/main/api/dispatch';
import { Library } from '../../src/main/library/library';
import { LibrarySession } from '../../src/main/library/session';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

async function openSession(dir: string) {
  const session = new LibrarySession();
  await session.open(dir);
  return { session, dispatch: createDispatcher(session) };
}

describe('embargo time zones: the contract', () => {
  it('refuses a zone the runtime does not know and accepts zones and their aliases', async () => {
    const { session, dispatch } = await openSession(await tempDir());
    const created = (await dispatch('releases.create', {
      kind: 'news',
      sourceLang: 'en',
    })) as Envelope<Release>;
    if (!created.ok) throw new Error(created.error.code);
    let release = created.value;
    const withZone = (timeZone: string) => ({
      release: { ...release, embargo: { until: '2024-07-25T10:00', timeZone } },
    });

    for (const bad of ['Mars/Olympus_Mons', 'Europe/Minsk ', 'utc+3', '../etc/passwd']) {
      const reply = await dispatch('releases.save', withZone(bad));
      expect(reply, bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(JSON.stringify(reply)).toContain('timeZone');
    }
    // Intl.supportedValuesOf('timeZone') lists none of these aliases, yet they are real zones.
    for (const good of ['Europe/Kiev', 'UTC', 'Asia/Calcutta', 'Asia/Yerevan', 'Asia/Dushanbe']) {
      const reply = (await dispatch('releases.save', withZone(good))) as Envelope<Release>;
      expect(reply.ok, good).toBe(true);
      if (reply.ok) release = reply.value;
      expect(release.embargo?.timeZone).toBe(good);
    }
    await session.close();
  });
});

describe('embargo time zones: a stored unknown zone', () => {
  it('is repaired to UTC when read, the original kept in quarantine/ and reported', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    const release = await library.createRelease({
      kind: 'statement',
      sourceLang: 'ru',
      title: 'Заявление',
    });
    await library.close();
    // What an older version, which did not check zones, could have written.
    const path = join(dir, 'releases', `${release.id}.json`);
    const stored = JSON.parse(await readFile(path, 'utf8'));
    stored.release.embargo = { until: '2024-07-25T10:00', timeZone: 'Mars/Olympus_Mons' };
    const original = JSON.stringify(stored);
    await writeFile(path, original);

    const reopened = await Library.open(dir);
    await reopened.verified();
    const repaired = await reopened.getRelease(release.id);
    expect(repaired.embargo).toEqual({ until: '2024-07-25T10:00', timeZone: 'UTC' });
    expect(repaired.variants.ru?.title).toBe('Заявление');

    const report = reopened.info().quarantined;
    expect(report).toHaveLength(1);
    expect(report[0]!.original).toBe(join('releases', `${release.id}.json`));
    expect(report[0]!.reason).toContain('"Mars/Olympus_Mons" is not a known time zone');
    expect(report[0]!.reason).toContain('UTC');
    expect(await readFile(join(dir, report[0]!.file), 'utf8')).toBe(original);

    // Written back, so the next read neither repairs nor reports again.
    const onDisk = releaseFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
    expect(onDisk.release.embargo?.timeZone).toBe('UTC');
    await reopened.getRelease(release.id);
    expect(reopened.info().quarantined).toHaveLength(1);
    expect((await reopened.listReleases()).total).toBe(1);
    await reopened.close();
  });

  it('is repaired as well when the index is rebuilt from releases/', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    const release = await library.createRelease({ kind: 'news', sourceLang: 'en', title: 'Kept' });
    await library.close();
    const path = join(dir, 'releases', `${release.id}.json`);
    const stored = JSON.parse(await readFile(path, 'utf8'));
    stored.release.embargo = { until: '2030-01-01T00:00', timeZone: 'Nowhere/Atlantis' };
    await writeFile(path, JSON.stringify(stored));
    for (const name of await readdir(join(dir, 'index')))
      await writeFile(join(dir, 'index', name), 'garbage');

    const reopened = await Library.open(dir);
    await reopened.verified();
    expect((await reopened.listReleases()).rows.map((row) => row.id)).toEqual([release.id]);
    expect((await reopened.getRelease(release.id)).embargo?.timeZone).toBe('UTC');
    expect(
      reopened.info().quarantined.some((entry) => entry.reason.includes('Nowhere/Atlantis')),
    ).toBe(true);
    await reopened.close();
  });
});
