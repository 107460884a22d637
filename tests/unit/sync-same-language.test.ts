/**
 * Two libraries in temp folders edit one language version (kk) offline and sync through a real
 * CouchDB-compatible server on loopback: the edits merge per paragraph against the common
 * ancestor, a paragraph both changed is kept as a conflict with both texts and both authors,
 * and both libraries end with byte-identical release files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Release, Variant } from '@shared/domain';
import { Library } from '../../src/main/library/library';
import { syncLibrary } from '../../src/main/sync/sync-session';
import { openRemoteDatabase, replicate } from '../../src/main/sync/engine';
import { variantId } from '../../src/main/sync/document-mapping';
import { useCouchTestServer } from './support/couch-test-server';
import { paragraphs, withSourceText } from './support/release-builders';
import { useTempDirs } from './support/temp-dir';
import { SLOW_MACHINE_MS } from '../support/timeouts';

const tempDir = useTempDirs();
const server = useCouchTestServer();

const BASE = ['Бірінші абзац.', 'Екінші абзац.', 'Үшінші абзац.'];

function withKk(release: Release, texts: string[]): Release {
  const source = release.variants[release.sourceLang]!;
  const kk: Variant = {
    ...source,
    lang: 'kk',
    title: 'Жаттығулар',
    body: paragraphs(...texts),
    status: 'draft',
    statusHistory: [],
  };
  return { ...release, variants: { ...release.variants, kk } };
}

const textsOf = (variant: Variant | undefined) =>
  (variant?.body.content ?? []).map((node) => node.content?.[0]?.text ?? '');

async function releaseFiles(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(join(dir, 'releases'))).filter((n) => n.endsWith('.json')).sort();
  return Object.fromEntries(
    await Promise.all(
      names.map(async (n) => [n, await readFile(join(dir, 'releases', n), 'utf8')]),
    ),
  );
}

/** Library A (Айгерим, laptop-astana) with a release whose kk version B (Арман) has too. */
async function sharedKkRelease(database: string) {
  const url = await server().database(database);
  const [dirA, dirB] = [await tempDir(), await tempDir()];
  const a = await Library.open(dirA);
  const b = await Library.open(dirB);
  await a.updateSettings({ userName: 'Айгерим Нурланова' });
  await b.updateSettings({ userName: 'Арман Сейтқали' });
  const created = await a.saveRelease(
    withKk(
      withSourceText(
        await a.createRelease({ kind: 'press-release', sourceLang: 'ru', date: '2026-12-01' }),
        'Учения',
        'Первый абзац.',
      ),
      BASE,
    ),
  );
  const sync = {
    a: () => syncLibrary(a, { url }, { device: 'laptop-astana' }),
    b: () => syncLibrary(b, { url }, { device: 'laptop-almaty' }),
  };
  await sync.a();
  await sync.b();
  /** Saves the kk paragraphs `texts` on `library`, offline. */
  const editKk = async (library: Library, texts: string[]) =>
    library.saveRelease(withKk(await library.getRelease(created.id), texts));
  return { a, b, dirA, dirB, url, id: created.id, sync, editKk };
}

describe('sync: one language version edited on two libraries', () => {
  it(
    'merges kk edits of different paragraphs silently, both present on both libraries',
    async () => {
      const { a, b, dirA, dirB, id, sync, editKk } = await sharedKkRelease('team-kk-merge');
      await editKk(a, ['Бірінші абзац, түзетілді.', BASE[1]!, BASE[2]!]);
      await editKk(b, [BASE[0]!, BASE[1]!, 'Үшінші абзац, жаңартылды.']);

      await sync.a();
      const settled = await sync.b();
      expect(settled.merged).toContain(`release:${id}:variant:kk`);
      await sync.a();

      const expected = ['Бірінші абзац, түзетілді.', 'Екінші абзац.', 'Үшінші абзац, жаңартылды.'];
      for (const library of [a, b]) {
        const kk = (await library.getRelease(id)).variants.kk;
        expect(textsOf(kk)).toEqual(expected);
        expect(kk?.conflicts).toBeUndefined();
      }
      expect(await releaseFiles(dirA)).toEqual(await releaseFiles(dirB));

      // A third round changes nothing anywhere.
      const before = await releaseFiles(dirA);
      for (const quiet of [await sync.b(), await sync.a()]) {
        expect(quiet.exported).toEqual([]);
        expect(quiet.imported).toEqual([]);
        expect(quiet.merged).toEqual([]);
      }
      expect(await releaseFiles(dirA)).toEqual(before);
      expect(await releaseFiles(dirB)).toEqual(before);
      await a.close();
      await b.close();
    },
    SLOW_MACHINE_MS,
  );

  it(
    'keeps a paragraph both changed as a conflict with both texts and both authors',
    async () => {
      const { a, b, dirA, dirB, id, sync, editKk } = await sharedKkRelease('team-kk-conflict');
      await editKk(a, [BASE[0]!, 'Екінші абзац — Айгерим нұсқасы.', BASE[2]!]);
      await editKk(b, [BASE[0]!, 'Екінші абзац — Арман нұсқасы.', BASE[2]!]);

      await sync.a();
      await sync.b();
      await sync.a();

      for (const library of [a, b]) {
        const kk = (await library.getRelease(id)).variants.kk!;
        expect(kk.conflicts).toHaveLength(1);
        const conflict = kk.conflicts![0]!;
        expect(conflict.field).toBe('body');
        const sides = conflict.sides.map((side) => ({
          name: side.name,
          device: side.device,
          text: 'blocks' in side ? side.blocks.map((n) => n.content?.[0]?.text) : side.text,
        }));
        expect(sides).toEqual(
          expect.arrayContaining([
            {
              name: 'Айгерим Нурланова',
              device: 'laptop-astana',
              text: ['Екінші абзац — Айгерим нұсқасы.'],
            },
            {
              name: 'Арман Сейтқали',
              device: 'laptop-almaty',
              text: ['Екінші абзац — Арман нұсқасы.'],
            },
          ]),
        );
        // The untouched paragraphs stay once, around the paragraph in conflict.
        expect(textsOf(kk)[0]).toBe(BASE[0]);
        expect(textsOf(kk).at(-1)).toBe(BASE[2]);
      }
      expect(await releaseFiles(dirA)).toEqual(await releaseFiles(dirB));
      // Both edits, whole, in each library's history, with who wrote them.
      const mergeSides = async (library: Library) =>
        (await library.listRevisions(id))
          .filter((revision) => revision.reason === 'sync-side')
          .map((revision) => ({ author: revision.author, texts: textsOf(revision.variant) }))
          .sort((x, y) => (x.author < y.author ? -1 : 1));
      const bothSides = [
        {
          author: 'Айгерим Нурланова',
          texts: [BASE[0], 'Екінші абзац — Айгерим нұсқасы.', BASE[2]],
        },
        { author: 'Арман Сейтқали', texts: [BASE[0], 'Екінші абзац — Арман нұсқасы.', BASE[2]] },
      ];
      expect(await mergeSides(a)).toEqual(bothSides);
      expect(await mergeSides(b)).toEqual(bothSides);

      const before = await releaseFiles(dirA);
      for (const quiet of [await sync.b(), await sync.a()]) {
        expect(quiet.exported).toEqual([]);
        expect(quiet.imported).toEqual([]);
        expect(quiet.merged).toEqual([]);
      }
      expect(await releaseFiles(dirB)).toEqual(before);
      expect(await mergeSides(a)).toEqual(bothSides);
      await a.close();
      await b.close();
    },
    SLOW_MACHINE_MS,
  );

  it(
    'quarantines and reports a losing revision that fails validation, keeping the valid edit',
    async () => {
      const { a, b, dirB, url, id, sync, editKk } = await sharedKkRelease('team-kk-bad-side');
      // Another client writes a broken kk revision on the server, branching from the shared one;
      // its revision id sorts below any other, so the engine makes it the losing side.
      const remote = openRemoteDatabase(url);
      const shared = await remote.get(variantId(id, 'kk'), { revs: true });
      const { start, ids } = shared._revisions!;
      const broken = '0'.repeat(32);
      await remote.bulkDocs(
        [
          {
            ...shared,
            _rev: `${start + 1}-${broken}`,
            _revisions: { start: start + 1, ids: [broken, ...ids] },
            variant: { ...(shared.variant as object), status: 'published-by-magic' },
          },
        ],
        { new_edits: false },
      );
      await remote.close();
      const edited = ['Бірінші абзац, түзетілді.', BASE[1]!, BASE[2]!];
      await editKk(b, edited);

      const report = await sync.b();
      expect(report.quarantined.map((q) => q.doc)).toEqual([variantId(id, 'kk')]);
      expect(report.quarantined[0]!.reason).toContain('variant.status');
      expect(textsOf((await b.getRelease(id)).variants.kk)).toEqual(edited);
      const reported = b.info().quarantined;
      expect(reported).toHaveLength(1);
      expect(await readFile(join(dirB, reported[0]!.file), 'utf8')).toContain('published-by-magic');

      // The broken side is gone from the server: A gets B's edit, nothing in quarantine.
      const onA = await sync.a();
      expect(onA.quarantined).toEqual([]);
      expect(textsOf((await a.getRelease(id)).variants.kk)).toEqual(edited);
      await a.close();
      await b.close();
    },
    SLOW_MACHINE_MS,
  );

  it(
    'two libraries settling the same conflict offline write the same merge: nothing new to settle',
    async () => {
      const { a, b, dirA, dirB, url, id, editKk } = await sharedKkRelease('team-kk-twice');
      // B works through a second database; each side's edit reaches the other database by
      // server-to-server replication, so each library meets the conflict and settles it alone.
      const otherUrl = await server().database('team-kk-twice-other');
      const [one, other] = [openRemoteDatabase(url), openRemoteDatabase(otherUrl)];
      await replicate(one, other);
      await editKk(a, [BASE[0]!, 'Екінші абзац — Айгерим нұсқасы.', 'Үшінші абзац, түзетілді.']);
      await editKk(b, ['Бірінші абзац, жаңартылды.', 'Екінші абзац — Арман нұсқасы.', BASE[2]!]);
      const syncA = () => syncLibrary(a, { url }, { device: 'laptop-astana' });
      const syncB = () => syncLibrary(b, { url: otherUrl }, { device: 'laptop-almaty' });
      await syncA();
      await syncB();
      await replicate(one, other);
      await replicate(other, one);

      const settledA = await syncA();
      const settledB = await syncB();
      expect(settledA.merged).toContain(variantId(id, 'kk'));
      expect(settledB.merged).toContain(variantId(id, 'kk'));
      expect(await releaseFiles(dirA)).toEqual(await releaseFiles(dirB));

      // The two merges are one revision: exchanging them leaves nothing in conflict.
      await replicate(one, other);
      await replicate(other, one);
      const again = [await syncA(), await syncB()];
      expect(again.map((report) => report.merged)).toEqual([[], []]);
      expect(again.map((report) => report.imported)).toEqual([[], []]);
      const kk = (await a.getRelease(id)).variants.kk!;
      expect(textsOf(kk)[0]).toBe('Бірінші абзац, жаңартылды.');
      expect(textsOf(kk).at(-1)).toBe('Үшінші абзац, түзетілді.');
      expect(kk.conflicts).toHaveLength(1);
      await Promise.all([one.close(), other.close()]);
      await a.close();
      await b.close();
    },
    SLOW_MACHINE_MS,
  );

  it(
    'flags an approval given on one library while the other changed the text',
    async () => {
      const { a, b, dirA, dirB, id, sync, editKk } = await sharedKkRelease('team-kk-approval');
      const release = await a.getRelease(id);
      const kk = release.variants.kk!;
      const approvedAt = '2026-12-03T10:00:00.000Z';
      await a.saveRelease({
        ...release,
        variants: {
          ...release.variants,
          kk: {
            ...kk,
            status: 'approved',
            statusHistory: [{ status: 'approved', by: 'Айгерим Нурланова', at: approvedAt }],
          },
        },
      });
      await editKk(b, [BASE[0]!, 'Екінші абзац, өзгертілді.', BASE[2]!]);

      await sync.a();
      await sync.b();
      await sync.a();

      for (const library of [a, b]) {
        const merged = (await library.getRelease(id)).variants.kk!;
        expect(textsOf(merged)[1]).toBe('Екінші абзац, өзгертілді.');
        expect(merged.approvalOutdated).toMatchObject({
          approvedAt,
          changedBy: { name: 'Арман Сейтқали', device: 'laptop-almaty' },
        });
      }
      expect(await releaseFiles(dirA)).toEqual(await releaseFiles(dirB));
      await a.close();
      await b.close();
    },
    SLOW_MACHINE_MS,
  );
});
