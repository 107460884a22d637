import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/main/library/library';
import type { Migration } from '../../src/main/library/migrations';
import { useTempDirs } from './support/temp-dir';
import { withSourceText } from './support/release-builders';

const tempDir = useTempDirs();

async function snapshot(dir: string, sub: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of await readdir(join(dir, sub))) files[name] = await readFile(join(dir, sub, name), 'utf8');
  return files;
}

describe('schema migrations', () => {
  const upperIssuer: Migration = {
    from: 1,
    to: 2,
    release: (file) => {
      const release = file.release as { issuer: string };
      return { ...file, release: { ...release, issuer: release.issuer.toUpperCase() } };
    },
    library: (file) => ({ ...file, settings: { ...(file.settings as object), userName: 'migrated' } }),
  };

  it('backs the library up, then migrates every file, and opens the result', async () => {
    const dir = await tempDir();
    const v1 = await Library.open(dir);
    const created = await v1.createRelease({ kind: 'statement', sourceLang: 'ru' });
    await v1.saveRelease({ ...withSourceText(created, 'Заявление'), issuer: 'Press centre' });
    await v1.close();
    const before = await snapshot(dir, 'releases');
    const libraryBefore = await readFile(join(dir, 'library.json'), 'utf8');

    const v2 = await Library.open(dir, { schemaVersion: 2, migrations: [upperIssuer] });
    expect(v2.info().migratedFrom?.version).toBe(1);
    expect((await v2.getRelease(created.id)).issuer).toBe('PRESS CENTRE');
    expect(v2.getSettings().userName).toBe('migrated');
    expect((await v2.listReleases()).rows[0]?.id).toBe(created.id);
    const backup = join(dir, v2.info().migratedFrom!.backup);
    await v2.close();

    expect(await snapshot(backup, 'releases')).toEqual(before);
    expect(await readFile(join(backup, 'library.json'), 'utf8')).toBe(libraryBefore);
    expect(JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')).schemaVersion).toBe(2);
  });

  it('migrates a revision log whose last line was torn by a crash, dropping only that line', async () => {
    const dir = await tempDir();
    const v1 = await Library.open(dir);
    const release = await v1.createRelease({ kind: 'statement', sourceLang: 'ru', title: 'Заявление' });
    const variant = release.variants.ru!;
    for (const [i, reason] of (['checkpoint', 'status'] as const).entries()) {
      await v1.appendRevision({
        id: `rev-${i}-abc`,
        releaseId: release.id,
        lang: 'ru',
        reason,
        createdAt: new Date().toISOString(),
        author: 'Редактор',
        releaseRev: release.rev,
        variant,
      });
    }
    await v1.close();
    const log = join(dir, 'revisions', `${release.id}.jsonl`);
    // A crash in the middle of appending a third revision.
    await appendFile(log, '{"schemaVersion":1,"revision":{"id":"rev-2-a');

    const signed: Migration = {
      ...upperIssuer,
      revision: (line) => {
        const revision = line.revision as { author: string };
        return { ...line, revision: { ...revision, author: `${revision.author} (v2)` } };
      },
    };
    const v2 = await Library.open(dir, { schemaVersion: 2, migrations: [signed] });
    expect(v2.info().migratedFrom?.version).toBe(1);
    const revisions = await v2.listRevisions(release.id);
    expect(revisions.map((r) => [r.id, r.author])).toEqual([
      ['rev-0-abc', 'Редактор (v2)'],
      ['rev-1-abc', 'Редактор (v2)'],
    ]);
    expect(v2.info().quarantined).toEqual([]);
    await v2.close();
    const lines = (await readFile(log, 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line).schemaVersion)).toEqual([2, 2]);
  });

  it('refuses a library written by a newer version and changes nothing in it', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    await library.createRelease({ kind: 'news', sourceLang: 'en' });
    await library.close();
    const libraryPath = join(dir, 'library.json');
    const future = { ...JSON.parse(await readFile(libraryPath, 'utf8')), schemaVersion: 99 };
    await writeFile(libraryPath, JSON.stringify(future));
    const before = await snapshot(dir, 'releases');

    await expect(Library.open(dir)).rejects.toMatchObject({ code: 'newer-schema' });
    expect(await snapshot(dir, 'releases')).toEqual(before);
    expect(JSON.parse(await readFile(libraryPath, 'utf8')).schemaVersion).toBe(99);
  });

  it('fails clearly when no migration leads from the file’s version', async () => {
    const dir = await tempDir();
    await (await Library.open(dir)).close();
    await expect(Library.open(dir, { schemaVersion: 3, migrations: [upperIssuer] })).rejects.toThrow(
      /no migration from schema version 2/,
    );
  });
});
