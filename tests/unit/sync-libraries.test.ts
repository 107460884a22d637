/**
 * Two libraries in temp folders syncing through a real CouchDB-compatible server on loopback:
 * offline edits on both, sync both ways, identical release files, every saved edit present.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Release, Variant } from '@shared/domain';
import { Library } from '../../src/main/library/library';
import { openRemoteDatabase } from '../../src/main/sync/engine';
import { syncLibrary } from '../../src/main/sync/sync-session';
import { variantId } from '../../src/main/sync/document-mapping';
import { useCouchTestServer } from './support/couch-test-server';
import { paragraphs, withSourceText } from './support/release-builders';
import { useTempDirs } from './support/temp-dir';
import { SLOW_MACHINE_MS } from '../support/timeouts';

const tempDir = useTempDirs();
const server = useCouchTestServer();

function translation(
  release: Release,
  lang: Variant['lang'],
  title: string,
  text: string,
): Release {
  const source = release.variants[release.sourceLang]!;
  return {
    ...release,
    variants: {
      ...release.variants,
      [lang]: {
        ...source,
        lang,
        title,
        body: paragraphs(text),
        status: 'draft',
        statusHistory: [],
      },
    },
  };
}

async function releaseFiles(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(join(dir, 'releases')))
    .filter((name) => name.endsWith('.json'))
    .sort();
  return Object.fromEntries(
    await Promise.all(
      names.map(async (n) => [n, await readFile(join(dir, 'releases', n), 'utf8')]),
    ),
  );
}

async function twoLibraries() {
  const [dirA, dirB] = [await tempDir(), await tempDir()];
  return { a: await Library.open(dirA), b: await Library.open(dirB), dirA, dirB };
}

describe('sync: two libraries through one server', () => {
  it(
    'merges offline edits of different languages and the metadata, and both end with identical files',
    async () => {
      const url = await server().database('team-languages');
      const { a, b, dirA, dirB } = await twoLibraries();
      const created = await a.saveRelease(
        withSourceText(
          await a.createRelease({ kind: 'press-release', sourceLang: 'ru', date: '2026-12-01' }),
          'Учения',
          'Первый абзац.',
        ),
      );
      await syncLibrary(a, { url });
      const first = await syncLibrary(b, { url });
      expect(first.imported).toEqual([created.id]);

      // Offline: A translates into kk and changes the metadata, B translates into en.
      const onA = await a.saveRelease({
        ...translation(await a.getRelease(created.id), 'kk', 'Жаттығулар', 'Бірінші абзац.'),
        issuer: 'Пресс-центр',
      });
      const onB = await b.saveRelease(
        translation(await b.getRelease(created.id), 'en', 'Exercises', 'First paragraph.'),
      );

      const pushA = await syncLibrary(a, { url });
      expect(pushA.exported).toEqual([created.id]);
      await syncLibrary(b, { url });
      await syncLibrary(a, { url });

      const filesA = await releaseFiles(dirA);
      expect(filesA).toEqual(await releaseFiles(dirB));
      const merged = await b.getRelease(created.id);
      expect(merged.variants.kk?.title).toBe(onA.variants.kk?.title);
      expect(merged.variants.en?.title).toBe(onB.variants.en?.title);
      expect(merged.variants.ru?.title).toBe('Учения');
      expect(merged.issuer).toBe('Пресс-центр');
      // A save based on either side's last revision is stale now: nothing can overwrite the merge.
      expect(merged.rev).toBeGreaterThan(Math.max(onA.rev, onB.rev));
      await expect(a.saveRelease(onA)).rejects.toMatchObject({ code: 'conflict' });

      // Syncing again changes nothing on either side.
      const quiet = await syncLibrary(b, { url });
      expect(quiet.imported).toEqual([]);
      expect(quiet.exported).toEqual([]);
      await a.close();
      await b.close();
    },
    SLOW_MACHINE_MS,
  );

  it(
    'quarantines a bad document from the server and leaves the release as it was',
    async () => {
      const url = await server().database('team-bad-doc');
      const { a, b, dirB } = await twoLibraries();
      const release = await a.saveRelease(
        withSourceText(
          await a.createRelease({ kind: 'news', sourceLang: 'en', date: '2026-12-02' }),
          'Drill',
          'Text.',
        ),
      );
      await syncLibrary(a, { url });
      await syncLibrary(b, { url });
      const before = await releaseFiles(dirB);

      const remote = openRemoteDatabase(url);
      const current = await remote.get(variantId(release.id, 'en'));
      await remote.put({
        ...current,
        variant: { ...(current.variant as object), status: 'published-by-magic' },
      });
      await remote.close();

      const report = await syncLibrary(b, { url });
      expect(report.quarantined).toHaveLength(1);
      expect(report.quarantined[0]!.doc).toBe(variantId(release.id, 'en'));
      expect(report.imported).toEqual([]);
      expect(await releaseFiles(dirB)).toEqual(before);
      const reported = b.info().quarantined;
      expect(reported).toHaveLength(1);
      expect(reported[0]!.reason).toContain('variant.status');
      const kept = await readFile(join(dirB, reported[0]!.file), 'utf8');
      expect(kept).toContain('published-by-magic');
      await a.close();
      await b.close();
    },
    SLOW_MACHINE_MS,
  );
});
