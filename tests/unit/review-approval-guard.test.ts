/**
 * The approval guard through the dispatcher, against a real library in a temp folder:
 * approving with open blocking findings or comments needs an explicit override that the
 * status history records; four-eyes review refuses the editor and the submitter; and an
 * approved translation whose source changed reads as needs-update (review screen, list row,
 * list filter) until it is brought up to date and approved again.
 */
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '@shared/contract';
import type { Release } from '@shared/domain';
import { displayStatus } from '@shared/review/needs-update';
import { createDispatcher } from '../../src/main/api/dispatch';
import { LibrarySession } from '../../src/main/library/session';
import { editParagraphs, patchVersion, replaceAt, textsOf, versionIn } from './support/review-edits';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();
/** A seeded release whose every version is approved and passes its checks. */
const FULL = 'combat-brotherhood-2023';

async function openApi() {
  const session = new LibrarySession();
  const folder = await tempDir();
  await session.open(folder, { seedDemo: true });
  const dispatch = createDispatcher(session, { logUnexpected: () => undefined });
  async function call<M extends MethodName>(
    method: M,
    input: MethodInput<M>,
  ): Promise<MethodOutput<M>> {
    const answer = await dispatch(method, input);
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error);
    return answer.value as MethodOutput<M>;
  }
  await call('settings.update', { userName: 'Anna Translator' });
  return { session, folder, call };
}

const ref = (release: Release) => ({ id: release.id, rev: release.rev });

type Call = Awaited<ReturnType<typeof openApi>>['call'];

/** The seeded Russian version reopened and sent for review again, as Anna. */
async function inReview(call: Call, edit?: (r: Release) => Release): Promise<Release> {
  let release = await call('releases.get', { id: FULL });
  release = await call('review.setStatus', { ...ref(release), lang: 'ru', status: 'draft' });
  if (edit) release = await call('releases.save', { release: edit(release) });
  return call('review.setStatus', { ...ref(release), lang: 'ru', status: 'in-review' });
}

/** A change to the Russian text that keeps every check passing. */
const retitle = (release: Release) =>
  patchVersion(release, 'ru', { title: `${versionIn(release, 'ru').title}!` });

/** A number in the translation the source does not have: a blocking "numbers" finding. */
const wrongNumber = (release: Release) =>
  editParagraphs(release, 'ru', (texts) => replaceAt(texts, 1, (t) => `${t} 987654`));

describe('approving with open problems', () => {
  it('approves a clean version without an override, and records none', async () => {
    const { session, call } = await openApi();
    const release = await inReview(call);
    const check = await call('review.approvalCheck', { id: FULL, lang: 'ru' });
    expect(check).toMatchObject({ blocking: [], openComments: [], fourEyes: { on: false, refused: null } });
    const approved = await call('review.setStatus', { ...ref(release), lang: 'ru', status: 'approved' });
    const last = versionIn(approved, 'ru').statusHistory.at(-1)!;
    expect(last).toMatchObject({ status: 'approved', by: 'Anna Translator' });
    expect(last.override).toBeUndefined();
    await session.close();
  });

  it('refuses a failed check and an open comment without an override, and records the override', async () => {
    const { session, call } = await openApi();
    let release = await inReview(call, wrongNumber);
    release = await call('comments.add', { ...ref(release), lang: 'ru', paragraph: 0, text: 'Check the date.' });
    const check = await call('review.approvalCheck', { id: FULL, lang: 'ru' });
    expect(check.blocking.map((f) => f.check)).toContain('numbers');
    expect(check.openComments.map((c) => c.text)).toEqual(['Check the date.']);

    const approve = (override?: MethodInput<'review.setStatus'>['override']) =>
      call('review.setStatus', { ...ref(release), lang: 'ru', status: 'approved', override });
    await expect(approve()).rejects.toMatchObject({ code: 'approval-needs-override' });
    // Accepting the findings but not the comment is not enough.
    const checks = [...new Set(check.blocking.map((f) => f.check))];
    await expect(approve({ checks, comments: [] })).rejects.toMatchObject({
      code: 'approval-needs-override',
      detail: expect.stringContaining(check.openComments[0]!.id),
    });
    const stored = await call('releases.get', { id: FULL });
    expect(versionIn(stored, 'ru').status).toBe('in-review');

    const approved = await approve({ checks, comments: [check.openComments[0]!.id] });
    const last = versionIn(approved, 'ru').statusHistory.at(-1)!;
    expect(last).toMatchObject({ status: 'approved', by: 'Anna Translator', at: expect.any(String) });
    expect(last.override!.comments).toEqual([check.openComments[0]!.id]);
    expect(last.override!.findings).toContainEqual({
      check: 'numbers',
      count: check.blocking.filter((f) => f.check === 'numbers').length,
    });
    // The override is on disk, in the status revision too.
    const revisions = await call('revisions.list', { id: FULL, lang: 'ru' });
    const statusRevision = await call('revisions.get', { id: FULL, revisionId: revisions[0]!.id });
    expect(statusRevision.variant.statusHistory.at(-1)!.override).toEqual(last.override);
    await session.close();
  });

  it('a plain save cannot add a version as approved: it starts as a draft', async () => {
    const { session, call } = await openApi();
    const release = await call('releases.get', { id: FULL });
    const { ru: _ru, ...others } = release.variants;
    const withoutRu = await call('releases.save', { release: { ...release, variants: others } });
    const forged = await call('releases.save', {
      release: { ...withoutRu, variants: { ...withoutRu.variants, ru: versionIn(release, 'ru') } },
    });
    expect(versionIn(release, 'ru').status).toBe('approved');
    expect(versionIn(forged, 'ru').status).toBe('draft');
    expect(versionIn(forged, 'ru').statusHistory).toEqual([
      { status: 'draft', by: 'Anna Translator', at: expect.any(String) },
    ]);
    await session.close();
  });

  it('refuses an override that misses a comment added after the dialog was shown', async () => {
    const { session, call } = await openApi();
    let release = await inReview(call);
    release = await call('comments.add', { ...ref(release), lang: 'ru', paragraph: 0, text: 'One.' });
    const seen = (await call('review.approvalCheck', { id: FULL, lang: 'ru' })).openComments.map((c) => c.id);
    release = await call('comments.add', { ...ref(release), lang: 'ru', paragraph: 1, text: 'Two.' });
    await expect(
      call('review.setStatus', {
        ...ref(release),
        lang: 'ru',
        status: 'approved',
        override: { checks: [], comments: seen },
      }),
    ).rejects.toMatchObject({ code: 'approval-needs-override' });
    await session.close();
  });
});

describe('four-eyes review', () => {
  it('is off by default: the one who edited and submitted may approve', async () => {
    const { session, call } = await openApi();
    expect((await call('settings.get', {})).fourEyes).toBeUndefined();
    const release = await inReview(call, retitle);
    expect(versionIn(release, 'ru').editedBy).toBe('Anna Translator');
    const approved = await call('review.setStatus', { ...ref(release), lang: 'ru', status: 'approved' });
    expect(versionIn(approved, 'ru').status).toBe('approved');
    await session.close();
  });

  it('when on, refuses the last editor and the submitter, and lets someone else approve', async () => {
    const { session, call } = await openApi();
    await call('settings.update', { fourEyes: true });
    // Anna edits; Boris sends it for review; each of them is refused, Vera approves.
    let release = await call('releases.get', { id: FULL });
    release = await call('review.setStatus', { ...ref(release), lang: 'ru', status: 'draft' });
    release = await call('releases.save', { release: retitle(release) });
    await call('settings.update', { userName: 'Boris Editor' });
    release = await call('review.setStatus', { ...ref(release), lang: 'ru', status: 'in-review' });
    const approve = () => call('review.setStatus', { ...ref(release), lang: 'ru', status: 'approved' });

    expect((await call('review.approvalCheck', { id: FULL, lang: 'ru' })).fourEyes).toEqual({
      on: true,
      refused: { role: 'submitter', name: 'Boris Editor' },
    });
    await expect(approve()).rejects.toMatchObject({ code: 'four-eyes' });

    // Names are compared as people type them.
    await call('settings.update', { userName: ' anna  translator' });
    expect((await call('review.approvalCheck', { id: FULL, lang: 'ru' })).fourEyes.refused).toEqual({
      role: 'last-editor',
      name: 'Anna Translator',
    });
    await expect(approve()).rejects.toMatchObject({ code: 'four-eyes' });

    await call('settings.update', { userName: 'Vera Approver' });
    expect((await call('review.approvalCheck', { id: FULL, lang: 'ru' })).fourEyes.refused).toBeNull();
    const approved = await approve();
    expect(versionIn(approved, 'ru').statusHistory.at(-1)).toMatchObject({
      status: 'approved',
      by: 'Vera Approver',
    });

    await call('settings.update', { fourEyes: false });
    expect((await call('settings.get', {})).fourEyes).toBe(false);
    await session.close();
  });

  it('a save that does not change the text keeps the last editor', async () => {
    const { session, call } = await openApi();
    let release = await call('releases.get', { id: FULL });
    release = await call('releases.save', { release: retitle(release) });
    await call('settings.update', { userName: 'Boris Editor' });
    // Boris saves the release with only the English text changed, and a forged editor.
    release = await call('releases.save', {
      release: patchVersion(
        editParagraphs(release, 'en', (texts) => replaceAt(texts, 0, (t) => `${t} More.`)),
        'ru',
        { editedBy: 'Nobody' },
      ),
    });
    expect(versionIn(release, 'ru').editedBy).toBe('Anna Translator');
    expect(versionIn(release, 'en').editedBy).toBe('Boris Editor');
    await session.close();
  });
});

describe('needs update', () => {
  it('a source change turns an approved translation into needs-update, until updated and approved again', async () => {
    const { session, call } = await openApi();
    let release = await call('releases.get', { id: FULL });
    release = await call('review.markUpToDate', { ...ref(release), lang: 'ru' });
    expect(displayStatus(release, 'ru')).toBe('approved');
    const rowOf = async () =>
      (await call('releases.list', { limit: 500 })).rows.find((r) => r.id === FULL)!;
    expect((await rowOf()).needsUpdate).toBeUndefined();

    release = await call('releases.save', {
      release: editParagraphs(release, 'en', (texts) => replaceAt(texts, 0, (t) => `${t} More.`)),
    });
    expect(versionIn(release, 'ru').status).toBe('approved');
    expect(displayStatus(release, 'ru')).toBe('needs-update');
    expect((await rowOf()).needsUpdate).toContain('ru');
    const filtered = async (status: 'needs-update' | 'approved') =>
      (await call('releases.list', { limit: 500, filter: { statuses: [status], langs: ['ru'] } })).rows.map(
        (r) => r.id,
      );
    expect(await filtered('needs-update')).toContain(FULL);
    expect(await filtered('approved')).not.toContain(FULL);
    // The export gate leaves it out as outdated.
    const plan = await call('export.plan', { id: FULL, langs: ['ru'] });
    expect(plan.languages[0]).toMatchObject({ included: false, status: 'approved' });
    expect(plan.languages[0]!.problems).toContainEqual(expect.objectContaining({ code: 'outdated' }));

    // The translator updates the text, marks it up to date; it is reviewed and approved again.
    release = await call('review.setStatus', { ...ref(release), lang: 'ru', status: 'draft' });
    release = await call('releases.save', {
      release: editParagraphs(release, 'ru', (texts) => replaceAt(texts, 0, (t) => `${t} Ещё.`)),
    });
    release = await call('review.markUpToDate', { ...ref(release), lang: 'ru' });
    release = await call('review.setStatus', { ...ref(release), lang: 'ru', status: 'in-review' });
    release = await call('review.setStatus', { ...ref(release), lang: 'ru', status: 'approved' });
    expect(displayStatus(release, 'ru')).toBe('approved');
    expect((await rowOf()).needsUpdate).toBeUndefined();
    expect(await filtered('approved')).toContain(FULL);
    expect(textsOf(versionIn(release, 'ru'))[0]).toMatch(/Ещё\.$/);
    await session.close();
  });

  it('marking an approved translation up to date after a source change sends it back to review, not to green', async () => {
    const { session, call } = await openApi();
    let release = await call('review.markUpToDate', { ...ref(await call('releases.get', { id: FULL })), lang: 'ru' });
    expect(versionIn(release, 'ru').status).toBe('approved');
    const historyBefore = versionIn(release, 'ru').statusHistory.length;
    release = await call('releases.save', {
      release: editParagraphs(release, 'en', (texts) => replaceAt(texts, 0, (t) => `${t} More.`)),
    });
    expect(displayStatus(release, 'ru')).toBe('needs-update');
    const ruText = textsOf(versionIn(release, 'ru'));

    release = await call('review.markUpToDate', { ...ref(release), lang: 'ru' });
    const ru = versionIn(release, 'ru');
    expect(displayStatus(release, 'ru')).toBe('in-review');
    expect(ru.statusHistory).toHaveLength(historyBefore + 1);
    expect(ru.statusHistory.at(-1)!.status).toBe('in-review');
    expect(textsOf(ru)).toEqual(ruText);
    const history = await call('revisions.list', { id: FULL, lang: 'ru' });
    expect(history).toContainEqual(
      expect.objectContaining({ reason: 'status', status: 'in-review', releaseRev: release.rev }),
    );

    // Re-approval is an ordinary approval of the reviewed text; it stays approved.
    release = await call('review.setStatus', { ...ref(release), lang: 'ru', status: 'approved' });
    expect(displayStatus(release, 'ru')).toBe('approved');
    // Marking an up-to-date approved translation changes nothing of its status.
    release = await call('review.markUpToDate', { ...ref(release), lang: 'ru' });
    expect(versionIn(release, 'ru').status).toBe('approved');
    await session.close();
  });

  it('reads needs-update from the release file after the library is opened again', async () => {
    const { session, folder, call } = await openApi();
    const current = await call('review.markUpToDate', {
      ...ref(await call('releases.get', { id: FULL })),
      lang: 'ru',
    });
    await call('releases.save', {
      release: editParagraphs(current, 'en', (texts) => replaceAt(texts, 0, (t) => `${t} More.`)),
    });
    await session.close();
    const reopened = new LibrarySession();
    await reopened.open(folder);
    const page = await reopened.current().listReleases({ filter: { statuses: ['needs-update'] } });
    expect(page.rows.map((r) => r.id)).toContain(FULL);
    await reopened.close();
  });
});
