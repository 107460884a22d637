import { readdir, readFile, rm, stat, writeFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseFileSchema } from '@shared/domain';
import { AppError } from '../../src/main/errors';
import { Library } from '../../src/main/library/library';
import { useTempDirs } from './support/temp-dir';
import { withSourceText } from './support/release-builders';

const tempDir = useTempDirs();

async function createSome(library: Library, count: number) {
  const created = [];
  for (let i = 0; i < count; i += 1) {
    const release = await library.createRelease({
      kind: i % 2 ? 'news' : 'press-release',
      sourceLang: i % 2 ? 'ru' : 'en',
      date: `2024-07-${String(10 + i).padStart(2, '0')}`,
    });
    created.push(await library.saveRelease(withSourceText(release, `Title ${i} — Заголовок ${i}`, `Body ${i}`)));
  }
  return created;
}

describe('Library: releases on disk', () => {
  it('creates, updates, lists and deletes releases, and finds them all again after reopening', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    const [a, b, c] = await createSome(library, 3);
    expect(a!.rev).toBe(2);

    const edited = await library.saveRelease(withSourceText(b!, 'Учения «Взаимодействие-2023»', 'Первый абзац.', 'Երկրորդ պարբերություն։'));
    expect(edited.rev).toBe(3);
    await library.deleteRelease(c!.id);
    await library.close();

    const reopened = await Library.open(dir);
    await reopened.verified();
    const page = await reopened.listReleases();
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.id).sort()).toEqual([a!.id, b!.id].sort());
    const row = page.rows.find((r) => r.id === b!.id)!;
    expect(row.titles.ru).toBe('Учения «Взаимодействие-2023»');
    expect(row.rev).toBe(3);
    const stored = await reopened.getRelease(b!.id);
    expect(JSON.stringify(stored.variants.ru?.body)).toContain('Երկրորդ պարբերություն');
    expect(await readdir(join(dir, 'trash'))).toHaveLength(1);
    await expect(reopened.getRelease(c!.id)).rejects.toMatchObject({ code: 'not-found' });
    expect(reopened.info().quarantined).toEqual([]);
    await reopened.close();
  });

  it('lists newest first, one page at a time', async () => {
    const library = await Library.open(await tempDir());
    await createSome(library, 5);
    const first = await library.listReleases({ limit: 2 });
    const rest = await library.listReleases({ offset: 2, limit: 10 });
    expect(first.total).toBe(5);
    expect([...first.rows, ...rest.rows].map((r) => r.date)).toEqual([
      '2024-07-14',
      '2024-07-13',
      '2024-07-12',
      '2024-07-11',
      '2024-07-10',
    ]);
    await library.close();
  });

  it('refuses a save based on an older revision, and leaves the newer one in place', async () => {
    const library = await Library.open(await tempDir());
    const [release] = await createSome(library, 1);
    await library.saveRelease(withSourceText(release!, 'Newer'));
    const stale = library.saveRelease(withSourceText(release!, 'Stale'));
    await expect(stale).rejects.toBeInstanceOf(AppError);
    await expect(stale).rejects.toMatchObject({ code: 'conflict' });
    expect((await library.getRelease(release!.id)).variants.en?.title).toBe('Newer');
    await library.close();
  });

  it('serialises concurrent saves of one release: exactly one wins per revision', async () => {
    const library = await Library.open(await tempDir());
    const [release] = await createSome(library, 1);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => library.saveRelease(withSourceText(release!, `Try ${i}`))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await library.getRelease(release!.id)).rev).toBe(release!.rev + 1);
    await library.close();
  });
});

describe('Library: the index', () => {
  it('rebuilds the index from the release files when index/ is deleted', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    const created = await createSome(library, 4);
    await library.close();
    await rm(join(dir, 'index'), { recursive: true });

    const reopened = await Library.open(dir);
    const page = await reopened.listReleases();
    expect(page.rows.map((r) => r.id).sort()).toEqual(created.map((r) => r.id).sort());
    expect(page.rows.every((r) => r.titles.en || r.titles.ru)).toBe(true);
    await reopened.close();
  });

  it('keeps every release listed when library.json is deleted, and writes a fresh one', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    const created = await createSome(library, 3);
    await library.close();
    await rm(join(dir, 'library.json'));

    const reopened = await Library.open(dir);
    await reopened.verified();
    expect((await reopened.listReleases()).total).toBe(created.length);
    expect(reopened.getSettings().uiLanguage).toBe('en');
    await reopened.close();
    await expect(stat(join(dir, 'library.json'))).resolves.toBeTruthy();
  });

  it('notices a release file changed behind its back and re-reads it', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    const [release] = await createSome(library, 1);
    await library.close();
    const path = join(dir, 'releases', `${release!.id}.json`);
    const file = releaseFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
    file.release.variants.en!.title = 'Restored from a backup copy';
    await writeFile(path, JSON.stringify(file));

    const reopened = await Library.open(dir);
    await reopened.verified();
    expect((await reopened.listReleases()).rows[0]!.titles.en).toBe('Restored from a backup copy');
    await reopened.close();
  });

  it('ignores a torn last index line and a save that began but never finished', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    const [release] = await createSome(library, 1);
    await library.close();
    // A crash after "begin" and after the release file was replaced, before the index row.
    const path = join(dir, 'releases', `${release!.id}.json`);
    const file = releaseFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
    file.release.rev = release!.rev + 1;
    file.release.variants.en!.title = 'Saved just before the crash';
    await writeFile(path, JSON.stringify(file));
    await appendFile(join(dir, 'index', 'rows.log'), `${JSON.stringify({ op: 'begin', id: release!.id })}\n{"op":"pu`);

    const reopened = await Library.open(dir);
    const [row] = (await reopened.listReleases()).rows;
    expect(row).toMatchObject({ id: release!.id, rev: release!.rev + 1 });
    expect(row!.titles.en).toBe('Saved just before the crash');
    expect(reopened.info().quarantined).toEqual([]);
    await reopened.close();
  });
});

describe('Library: damaged files', () => {
  const damage = {
    truncated: (text: string) => text.slice(0, Math.floor(text.length / 2)),
    empty: () => '',
    garbage: () => '\u0000\u0001 not json at all \u00ff',
  };

  for (const indexState of ['kept', 'deleted'] as const) {
    it(`quarantines a truncated, an empty and a garbage release file and reports each (index ${indexState})`, async () => {
      const dir = await tempDir();
      const library = await Library.open(dir);
      const created = await createSome(library, 6);
      await library.close();
      const victims = created.slice(0, 3);
      const kinds = Object.keys(damage) as (keyof typeof damage)[];
      for (const [i, release] of victims.entries()) {
        const path = join(dir, 'releases', `${release.id}.json`);
        await writeFile(path, damage[kinds[i]!](await readFile(path, 'utf8')));
      }
      if (indexState === 'deleted') await rm(join(dir, 'index'), { recursive: true });

      const reopened = await Library.open(dir);
      await reopened.verified();
      const page = await reopened.listReleases();
      expect(page.rows.map((r) => r.id).sort()).toEqual(created.slice(3).map((r) => r.id).sort());
      for (const release of created.slice(3)) {
        await expect(reopened.getRelease(release.id)).resolves.toMatchObject({ id: release.id });
      }
      const report = reopened.info().quarantined;
      expect(report.map((q) => q.original).sort()).toEqual(victims.map((r) => join('releases', `${r.id}.json`)).sort());
      expect(report.map((q) => q.reason).join(' | ')).toMatch(/empty/);
      const quarantined = await readdir(join(dir, 'quarantine'));
      expect(quarantined.filter((n) => n.endsWith('.json'))).toHaveLength(3);
      await reopened.close();

      // The report survives a restart: the user is told until they dismiss it; the files stay.
      const again = await Library.open(dir);
      expect(again.info().quarantined).toHaveLength(3);
      await again.dismissQuarantined([report[0]!.file]);
      expect(again.info().quarantined).toHaveLength(2);
      await again.close();
      const after = await Library.open(dir);
      expect(after.info().quarantined.map((q) => q.file)).not.toContain(report[0]!.file);
      expect(after.info().quarantined).toHaveLength(2);
      expect(await readdir(join(dir, 'quarantine'))).toContain(report[0]!.file.split('/').pop());
      await after.close();
    });
  }

  it('quarantines a damaged library.json, keeps the releases, and reports it', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    await createSome(library, 2);
    await library.close();
    await writeFile(join(dir, 'library.json'), '{"schemaVersion": 1, "settings": ');

    const reopened = await Library.open(dir);
    expect((await reopened.listReleases()).total).toBe(2);
    expect(reopened.info().quarantined.map((q) => q.original)).toEqual(['library.json']);
    await reopened.close();
  });
});

describe('Library: revisions', () => {
  it('appends revisions and reads them back, ignoring a write cut off half-way', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    const [release] = await createSome(library, 1);
    const variant = release!.variants.en!;
    for (const [i, reason] of (['checkpoint', 'status'] as const).entries()) {
      await library.appendRevision({
        id: `rev-${i}-abc`,
        releaseId: release!.id,
        lang: 'en',
        reason,
        createdAt: new Date().toISOString(),
        author: 'Editor',
        releaseRev: release!.rev,
        variant,
      });
    }
    await appendFile(join(dir, 'revisions', `${release!.id}.jsonl`), '{"schemaVersion":1,"revis');
    expect((await library.listRevisions(release!.id)).map((r) => r.reason)).toEqual(['checkpoint', 'status']);
    await library.appendRevision({
      id: 'rev-2-abc',
      releaseId: release!.id,
      lang: 'en',
      reason: 'restore',
      createdAt: new Date().toISOString(),
      author: 'Editor',
      releaseRev: release!.rev,
      variant,
    });
    await library.close();
    const reopened = await Library.open(dir);
    expect((await reopened.listRevisions(release!.id)).map((r) => r.id)).toEqual(['rev-0-abc', 'rev-1-abc', 'rev-2-abc']);
    await reopened.close();
  });
});
