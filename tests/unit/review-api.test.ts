/**
 * The review methods through the dispatcher, as both transports reach them: comments, the
 * source language, and releases.save under the review rules (status protection, approved →
 * draft, minor source edits).
 */
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '@shared/contract';
import type { Release } from '@shared/domain';
import { createDispatcher } from '../../src/main/api/dispatch';
import { LibrarySession } from '../../src/main/library/session';
import { editParagraphs, patchVersion, replaceAt, textsOf, versionIn } from './support/review-edits';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();
const FULL = 'combat-brotherhood-2023';

async function openApi() {
  const session = new LibrarySession();
  await session.open(await tempDir(), { seedDemo: true });
  const dispatch = createDispatcher(session, { logUnexpected: () => undefined });
  async function call<M extends MethodName>(
    method: M,
    input: MethodInput<M>,
  ): Promise<MethodOutput<M>> {
    const answer = await dispatch(method, input);
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error);
    return answer.value as MethodOutput<M>;
  }
  await call('settings.update', { userName: 'Anna Reviewer' });
  return { session, call };
}

const ref = (release: Release) => ({ id: release.id, rev: release.rev });

describe('releases.save under the review rules', () => {
  it('keeps the stored status, and returns an edited approved version to draft', async () => {
    const { session, call } = await openApi();
    const release = await call('releases.get', { id: FULL });
    const forged = patchVersion(release, 'ru', { status: 'draft', statusHistory: [] });
    const kept = await call('releases.save', { release: forged });
    expect(versionIn(kept, 'ru').status).toBe('approved');

    const edited = await call('releases.save', {
      release: patchVersion(kept, 'ru', { title: 'Новый заголовок' }),
    });
    expect(versionIn(edited, 'ru').status).toBe('draft');
    expect(versionIn(edited, 'ru').statusHistory.at(-1)).toMatchObject({
      status: 'draft',
      by: 'Anna Reviewer',
    });
    await session.close();
  });

  it('a minor source edit keeps a current translation current', async () => {
    const { session, call } = await openApi();
    let release = await call('releases.get', { id: FULL });
    release = await call('review.markUpToDate', { ...ref(release), lang: 'ru' });
    // Two letters swapped: what a typo fix looks like.
    const typo = (r: Release) =>
      editParagraphs(r, 'en', (texts) => replaceAt(texts, 0, (t) => t.replace(/(\w)(\w)/, '$2$1')));
    release = await call('releases.save', { release: typo(release), minorSourceEdit: true });
    const afterMinor = await call('review.get', { id: FULL });
    expect(afterMinor.versions.find((v) => v.lang === 'ru')?.outdated?.state).toBe('current');

    await call('releases.save', {
      release: editParagraphs(release, 'en', (texts) => replaceAt(texts, 0, (t) => `${t} More.`)),
    });
    const afterReal = await call('review.get', { id: FULL });
    expect(afterReal.versions.find((v) => v.lang === 'ru')?.outdated?.state).toBe('outdated');
    await session.close();
  });
});

describe('review.get', () => {
  it('answers anew once the release or the vocabulary changed', async () => {
    const { session, call } = await openApi();
    const library = session.current();
    let release = await call('review.markUpToDate', {
      ...ref(await call('releases.get', { id: FULL })),
      lang: 'ru',
    });
    const first = await call('review.get', { id: FULL });
    expect(await call('review.get', { id: FULL })).toEqual(first);

    release = await call('releases.save', {
      release: editParagraphs(release, 'en', (texts) => replaceAt(texts, 0, (t) => `${t} More.`)),
    });
    const afterEdit = await call('review.get', { id: FULL });
    expect(afterEdit.rev).toBe(release.rev);
    expect(afterEdit.versions.find((v) => v.lang === 'ru')?.outdated?.state).toBe('outdated');

    // A name the English text uses, with a Russian name the translation lacks: a new finding.
    const named = textsOf(versionIn(release, 'en'))[0]!.match(/\p{Lu}\p{Ll}{5,}/u)![0];
    const entry = { id: 'named-one', type: 'topic' as const, labels: { en: named, ru: 'Небывалое' }, aliases: {} };
    await library.updateVocabulary((entries) => [...entries, entry]);
    const afterVocabulary = await call('review.get', { id: FULL });
    expect(
      afterVocabulary.versions
        .find((v) => v.lang === 'ru')
        ?.findings.some((f) => f.check === 'vocabulary' && f.entryId === 'named-one'),
    ).toBe(true);
    await session.close();
  });
});

describe('comments', () => {
  it('anchors a comment to a paragraph with its text, and records who resolved it', async () => {
    const { session, call } = await openApi();
    let release = await call('releases.get', { id: FULL });
    release = await call('comments.add', {
      ...ref(release),
      lang: 'ru',
      paragraph: 2,
      text: 'Check the number of participants.',
    });
    const [comment] = release.comments;
    expect(comment).toMatchObject({
      lang: 'ru',
      paragraph: 2,
      author: 'Anna Reviewer',
      text: 'Check the number of participants.',
      resolvedAt: null,
      resolvedBy: null,
    });
    expect(comment!.quote.length).toBeGreaterThan(20);

    await call('settings.update', { userName: 'Boris Translator' });
    release = await call('comments.resolve', { ...ref(release), commentId: comment!.id });
    expect(release.comments[0]).toMatchObject({
      resolvedBy: 'Boris Translator',
      resolvedAt: expect.any(String),
    });
    // Resolving again changes nothing, not even the revision.
    const again = await call('comments.resolve', { ...ref(release), commentId: comment!.id });
    expect(again.rev).toBe(release.rev);

    await expect(
      call('comments.add', { ...ref(release), lang: 'ru', paragraph: 99, text: 'x' }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      call('comments.resolve', { ...ref(release), commentId: 'c-no-such' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(
      call('comments.add', { id: FULL, rev: 1, lang: 'ru', paragraph: 0, text: 'x' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await session.close();
  });
});

describe('review.setSourceLanguage', () => {
  it('keeps translations current when the new source was current too', async () => {
    const { session, call } = await openApi();
    let release = await call('releases.get', { id: 'diplomacy-school-2024' });
    for (const lang of ['ru', 'hy'] as const)
      release = await call('review.markUpToDate', { ...ref(release), lang });
    release = await call('review.setSourceLanguage', { ...ref(release), lang: 'ru' });
    expect(release.sourceLang).toBe('ru');
    expect(versionIn(release, 'ru').sourceBase).toBeNull();
    // The signature moves with the source: each version still signs in its own language.
    expect(release.issuer).toBe('Секретариат ОДКБ\nПресс-служба');
    expect(versionIn(release, 'ru').issuer).toBeUndefined();
    expect(versionIn(release, 'en').issuer).toBe('CSTO Secretariat');
    expect(versionIn(release, 'hy').issuer).toBe('ՀԱՊԿ քարտուղարություն\nՄամուլի ծառայություն');
    const states = Object.fromEntries(
      (await call('review.get', { id: release.id })).versions.map((v) => [
        v.lang,
        v.outdated?.state ?? 'source',
      ]),
    );
    expect(states).toEqual({
      ru: 'source',
      en: 'current',
      hy: 'current',
      be: 'untracked',
      kk: 'untracked',
      ky: 'untracked',
      tg: 'untracked',
    });
    await expect(
      call('review.setSourceLanguage', { ...ref(release), lang: 'ru' }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await session.close();
  });

  it('compares every translation afresh when the new source was not current', async () => {
    const { session, call } = await openApi();
    let release = await call('releases.get', { id: 'diplomacy-school-2024' });
    release = await call('review.markUpToDate', { ...ref(release), lang: 'hy' });
    release = await call('review.setSourceLanguage', { ...ref(release), lang: 'ru' });
    const review = await call('review.get', { id: release.id });
    expect(review.versions.find((v) => v.lang === 'en')?.outdated?.state).toBe('untracked');
    expect(review.versions.find((v) => v.lang === 'hy')?.outdated?.state).toBe('untracked');
    await session.close();
  });
});
