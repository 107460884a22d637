import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Release } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { Library } from '../../src/main/library/library';
import type { ReviewContext } from '../../src/main/review/context';
import {
  autosave,
  checkpoint,
  diffRevisions,
  getRevision,
  listHistory,
  restore,
} from '../../src/main/review/history';
import { addLanguageVersion, markUpToDate } from '../../src/main/review/language-versions';
import { reviewRelease } from '../../src/main/review/report';
import { saveEdited } from '../../src/main/review/save';
import { changeStatus } from '../../src/main/review/status-change';
import { freshDemoContent } from '../fixtures';
import { editParagraphs, patchVersion, replaceAt, versionIn } from './support/review-edits';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();
const FULL = 'combat-brotherhood-2023';
const SEVEN = 'diplomacy-school-2024';

/** A library seeded with the demo releases, with a clock that moves a second per reading. */
async function openLibrary(
  dir?: string,
): Promise<{ ctx: ReviewContext; library: Library; dir: string }> {
  const folder = dir ?? (await tempDir());
  let tick = Date.parse('2024-08-01T09:00:00.000Z');
  const now = () => new Date((tick += 1000));
  const library = await Library.open(folder, { seed: () => freshDemoContent(), now });
  await library.updateSettings({ userName: 'Translator' });
  return { ctx: { library, now }, library, dir: folder };
}

const ref = (release: Release) => ({ id: release.id, rev: release.rev });

async function outdatedOf(ctx: ReviewContext, id: string, lang: Lang) {
  const review = await reviewRelease(ctx, id);
  return review.versions.find((v) => v.lang === lang)!.outdated!;
}

describe('language versions and outdated detection on a stored release', () => {
  it('a source edit outdates exactly the edited paragraph in every translation, with its word diff', async () => {
    const { ctx, library } = await openLibrary();
    let release = await library.getRelease(SEVEN);
    for (const lang of ['ru', 'hy', 'be', 'kk', 'ky', 'tg'] as const)
      release = await markUpToDate(ctx, ref(release), lang);
    for (const version of (await reviewRelease(ctx, SEVEN)).versions) {
      expect(version.outdated?.state ?? 'source').toBe(
        version.lang === 'en' ? 'source' : 'current',
      );
    }

    release = await saveEdited(
      ctx,
      editParagraphs(release, 'en', (texts) =>
        replaceAt(texts, 0, (t) =>
          t.replace('young diplomats', 'young diplomats from five countries'),
        ),
      ),
    );
    const review = await reviewRelease(ctx, SEVEN);
    for (const version of review.versions.filter((v) => v.lang !== 'en')) {
      expect(version.outdated?.state, version.lang).toBe('outdated');
      expect(version.outdated?.paragraphs).toEqual([
        expect.objectContaining({
          kind: 'changed',
          before: 0,
          after: 0,
          diff: expect.arrayContaining([{ op: 'added', text: 'from five countries ' }]),
        }),
      ]);
    }
    await library.close();
  });

  it('a minor source edit keeps current translations current, and leaves outdated ones outdated', async () => {
    const { ctx, library } = await openLibrary();
    let release = await library.getRelease(SEVEN);
    for (const lang of ['ru', 'hy', 'be', 'kk', 'ky'] as const)
      release = await markUpToDate(ctx, ref(release), lang);
    release = await saveEdited(
      ctx,
      editParagraphs(release, 'en', (texts) =>
        replaceAt(texts, 1, (t) => t.replace('Organization', 'Organisation')),
      ),
    );
    release = await markUpToDate(ctx, ref(release), 'kk');
    // ky is now behind a real edit; tg was never brought up to date.

    release = await saveEdited(
      ctx,
      editParagraphs(release, 'en', (texts) =>
        replaceAt(texts, 0, (t) => t.replace('bodies and', 'bodies, and')),
      ),
      { minorSourceEdit: true },
    );
    expect(await outdatedOf(ctx, SEVEN, 'kk')).toMatchObject({ state: 'current' });
    // ky was behind already: its base is the older text, so it shows both edits since then.
    const ky = await outdatedOf(ctx, SEVEN, 'ky');
    expect(ky.state).toBe('outdated');
    expect(ky.paragraphs.map((p) => [p.kind, 'before' in p ? p.before : null])).toEqual([
      ['changed', 0],
      ['changed', 1],
    ]);
    expect(await outdatedOf(ctx, SEVEN, 'tg')).toMatchObject({ state: 'untracked' });

    // The carried-over base names a revision of the source after the minor edit, so a later
    // edit is shown against the corrected text.
    await saveEdited(
      ctx,
      editParagraphs(release, 'en', (texts) => replaceAt(texts, 0, (t) => `${t} Again.`)),
    );
    const later = await outdatedOf(ctx, SEVEN, 'kk');
    expect(later.baseTextKnown).toBe(true);
    expect(later.paragraphs).toEqual([
      {
        kind: 'changed',
        before: 0,
        after: 0,
        diff: [
          { op: 'equal', text: expect.stringContaining('its bodies, and the cooperation') },
          { op: 'added', text: 'Again.' },
        ],
      },
    ]);
    await library.close();
  });

  it('adds an empty or a prefilled version, recorded as based on the current source', async () => {
    const { ctx, library } = await openLibrary();
    let release = await library.getRelease(FULL);
    release = await addLanguageVersion(ctx, ref(release), 'kk', 'prefilled');
    release = await addLanguageVersion(ctx, ref(release), 'hy', 'empty');
    const kk = versionIn(release, 'kk');
    expect(kk.body).toEqual(versionIn(release, 'en').body);
    expect(kk).toMatchObject({
      status: 'draft',
      statusHistory: [{ status: 'draft', by: 'Translator' }],
    });
    expect(versionIn(release, 'hy')).toMatchObject({ title: '', lead: '', status: 'draft' });
    const review = await reviewRelease(ctx, FULL);
    const kkReview = review.versions.find((v) => v.lang === 'kk')!;
    expect(kkReview.outdated?.state).toBe('current');
    // The copy is the source's text, but no signature or place is copied: the source's stand in.
    const fallbacks = [
      { check: 'source-fallback', field: 'issuer' },
      { check: 'source-fallback', field: 'datelinePlace' },
    ];
    expect(kkReview.findings.slice(0, 12).every((f) => f.check === 'untranslated')).toBe(true);
    expect(kkReview.findings.slice(12)).toEqual(fallbacks);
    expect(versionIn(release, 'kk').datelinePlace).toBe('');
    const hyReview = review.versions.find((v) => v.lang === 'hy')!;
    expect(hyReview.findings).toEqual([
      expect.objectContaining({ check: 'paragraph-count', sourceCount: 10, targetCount: 0 }),
      { check: 'empty', at: { part: 'title' } },
      { check: 'empty', at: { part: 'lead' } },
      { check: 'empty', at: { part: 'body', paragraph: 0, sourceParagraph: null } },
      ...fallbacks,
    ]);
    await expect(addLanguageVersion(ctx, ref(release), 'kk', 'empty')).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(markUpToDate(ctx, ref(release), 'en')).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(
      addLanguageVersion(ctx, { id: FULL, rev: 1 }, 'tg', 'empty'),
    ).rejects.toMatchObject({ code: 'conflict' });
    await library.close();
  });
});

describe('status changes', () => {
  it('records who and when, appends a status revision, refuses a move the workflow lacks', async () => {
    const { ctx, library } = await openLibrary();
    let release = await library.getRelease(FULL);
    release = await changeStatus(ctx, ref(release), 'ru', 'draft');
    release = await changeStatus(ctx, ref(release), 'ru', 'in-review');
    expect(versionIn(release, 'ru').statusHistory.slice(-2)).toEqual([
      { status: 'draft', by: 'Translator', at: '2024-08-01T09:00:02.000Z' },
      { status: 'in-review', by: 'Translator', at: expect.any(String) },
    ]);
    await expect(changeStatus(ctx, ref(release), 'ru', 'draft-ish' as never)).rejects.toThrow();
    await expect(changeStatus(ctx, ref(release), 'ru', 'in-review')).rejects.toMatchObject({
      code: 'invalid-input',
    });
    const history = await listHistory(ctx, FULL, 'ru');
    expect(history.map((r) => [r.reason, r.status])).toEqual([
      ['status', 'in-review'],
      ['status', 'draft'],
    ]);
    await library.close();
  });

  it('an edit returns an approved version to draft; a plain save cannot change a status', async () => {
    const { ctx, library } = await openLibrary();
    const release = await library.getRelease(FULL);
    const forged = patchVersion(release, 'ru', { status: 'draft', statusHistory: [] });
    const afterForgery = await saveEdited(ctx, forged);
    expect(versionIn(afterForgery, 'ru')).toMatchObject({
      status: 'approved',
      statusHistory: versionIn(release, 'ru').statusHistory,
    });

    const edited = await saveEdited(
      ctx,
      patchVersion(afterForgery, 'ru', { title: 'Новый заголовок' }),
    );
    expect(versionIn(edited, 'ru').status).toBe('draft');
    expect(versionIn(edited, 'ru').statusHistory.at(-1)).toMatchObject({
      status: 'draft',
      by: 'Translator',
    });
    expect(versionIn(edited, 'en').status).toBe('approved');
    await library.close();
  });
});

describe('revision history', () => {
  it('checkpoints, diffs and restores without overwriting or deleting anything', async () => {
    const { ctx, library } = await openLibrary();
    let release = await library.getRelease(FULL);
    const first = await checkpoint(ctx, FULL, 'ru');
    release = await saveEdited(
      ctx,
      editParagraphs(release, 'ru', (texts) =>
        replaceAt(texts, 6, (t) => t.replace('2500', '2000')),
      ),
    );
    const second = await checkpoint(ctx, FULL, 'ru');

    const diff = await diffRevisions(ctx, FULL, first.id, second.id);
    expect(diff.title.every((s) => s.op === 'equal')).toBe(true);
    expect(diff.body).toHaveLength(10);
    expect(diff.body[6]).toEqual({
      kind: 'changed',
      before: 6,
      after: 6,
      diff: expect.arrayContaining([
        { op: 'removed', text: '2500' },
        { op: 'added', text: '2000' },
      ]),
    });

    release = await saveEdited(ctx, patchVersion(release, 'ru', { title: 'Черновик заголовка' }));
    release = await restore(ctx, ref(release), first.id);
    const ru = versionIn(release, 'ru');
    const restoredFrom = (await getRevision(ctx, FULL, first.id)).variant;
    expect(ru.title).toBe(restoredFrom.title);
    expect(ru.body).toEqual(restoredFrom.body);
    // It was approved and its text changed: back to draft.
    expect(ru.status).toBe('draft');

    const history = await listHistory(ctx, FULL, 'ru');
    expect(history.map((r) => r.reason)).toEqual([
      'restore',
      'checkpoint',
      'checkpoint',
      'checkpoint',
    ]);
    // The replaced state (with the draft title) was checkpointed before the restore.
    expect(history[1]!.title).toBe('Черновик заголовка');
    expect(await diffRevisions(ctx, FULL, first.id, null)).toMatchObject({
      body: expect.not.arrayContaining([expect.objectContaining({ kind: 'changed' })]),
    });
    await expect(
      diffRevisions(ctx, FULL, first.id, (await checkpoint(ctx, FULL, 'en')).id),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(restore(ctx, ref(release), 'r-no-such')).rejects.toMatchObject({
      code: 'not-found',
    });
    await library.close();
  });

  it('autosaves only the versions that changed since their latest revision', async () => {
    const { ctx, library } = await openLibrary();
    const first = await autosave(ctx, SEVEN);
    expect(first.map((r) => r.lang).sort()).toEqual(['be', 'en', 'hy', 'kk', 'ky', 'ru', 'tg']);
    expect(await autosave(ctx, SEVEN)).toEqual([]);
    const release = await library.getRelease(SEVEN);
    await saveEdited(
      ctx,
      patchVersion(release, 'tg', { lead: `${versionIn(release, 'tg').lead} ` }),
    );
    expect((await autosave(ctx, SEVEN)).map((r) => [r.lang, r.reason])).toEqual([
      ['tg', 'autosave'],
    ]);
    await library.close();
  });

  it('survives a restart and a rebuild of the index', async () => {
    const { ctx, library, dir } = await openLibrary();
    let release = await library.getRelease(FULL);
    release = await markUpToDate(ctx, ref(release), 'ru');
    const first = await checkpoint(ctx, FULL, 'ru');
    release = await changeStatus(ctx, ref(release), 'ru', 'draft');
    release = await saveEdited(ctx, patchVersion(release, 'ru', { lead: 'Изменённый лид.' }));
    await checkpoint(ctx, FULL, 'ru');
    release = await saveEdited(
      ctx,
      editParagraphs(release, 'en', (texts) => replaceAt(texts, 3, (t) => `${t} (Applause.)`)),
    );
    const before = await listHistory(ctx, FULL);
    const reviewBefore = await reviewRelease(ctx, FULL);
    await library.close();

    await rm(join(dir, 'index'), { recursive: true, force: true });
    const reopened = await openLibrary(dir);
    await reopened.library.verified();
    expect(await listHistory(reopened.ctx, FULL)).toEqual(before);
    expect(await reviewRelease(reopened.ctx, FULL)).toEqual(reviewBefore);
    expect((await outdatedOf(reopened.ctx, FULL, 'ru')).paragraphs).toEqual([
      expect.objectContaining({
        kind: 'changed',
        before: 3,
        diff: expect.arrayContaining([{ op: 'added', text: '(Applause.)' }]),
      }),
    ]);
    expect(versionIn(release, 'ru').lead).toBe('Изменённый лид.');
    const restored = await restore(
      reopened.ctx,
      ref(await reopened.library.getRelease(FULL)),
      first.id,
    );
    expect(versionIn(restored, 'ru').lead).toBe(
      (await getRevision(reopened.ctx, FULL, first.id)).variant.lead,
    );
    expect(versionIn(restored, 'ru').lead).not.toBe('Изменённый лид.');
    expect((await listHistory(reopened.ctx, FULL)).length).toBe(before.length + 1);
    await reopened.library.close();
  });
});
