import { describe, expect, it } from 'vitest';
import type { Lang } from '@shared/languages';
import { runChecks } from '@shared/review/checks';
import type { Finding } from '@shared/review/findings';
import { fullRelease, vocabulary } from '../fixtures';
import { seminarRelease } from '../fixtures/demining-seminar';
import { editParagraphs } from './support/review-edits';

type Edit = (texts: string[]) => string[];
const without =
  (...dropped: number[]): Edit =>
  (texts) =>
    texts.filter((_, i) => !dropped.includes(i));

/** The paragraph-count finding of `lang` after `edit`, and every other finding it has. */
function countFinding(lang: Lang, edit: Edit): { count: Finding | undefined; others: Finding[] } {
  const release = seminarRelease((l, texts) => (l === lang ? edit(texts) : texts));
  const findings = runChecks(release, lang, vocabulary);
  return {
    count: findings.find((f) => f.check === 'paragraph-count'),
    others: findings.filter((f) => f.check !== 'paragraph-count'),
  };
}

function expectMissing(lang: Lang, edit: Edit, missing: number[], extra: number[] = []): void {
  const { count, others } = countFinding(lang, edit);
  expect(count, `${lang}: ${missing.join(',')}`).toMatchObject({ missing, extra });
  // The paragraphs around the gap still pair with their own sources: nothing else is reported.
  expect(others, lang).toEqual([]);
}

describe('a dropped paragraph is named where it really is (en source, ru/kk/hy translations)', () => {
  it('the intact translations report nothing', () => {
    for (const lang of ['ru', 'kk', 'hy'] as const)
      expect(runChecks(seminarRelease(), lang, vocabulary)).toEqual([]);
  });

  it('the first, the last, and the paragraphs with numbers or names', () => {
    for (const lang of ['ru', 'kk', 'hy'] as const)
      for (const dropped of [0, 1, 6, 7, 8, 9]) expectMissing(lang, without(dropped), [dropped]);
  });

  it('a middle paragraph whose neighbours share no number: found by cognates and length', () => {
    expectMissing('ru', without(2), [2]);
    expectMissing('kk', without(2), [2]);
  });

  it('two paragraphs far apart', () => {
    expectMissing('ru', without(2, 6), [2, 6]);
    expectMissing('kk', without(2, 6), [2, 6]);
    expectMissing('hy', without(1, 7), [1, 7]);
    expectMissing('hy', without(0, 9), [0, 9]);
  });

  it('two adjacent paragraphs', () => {
    for (const lang of ['ru', 'kk', 'hy'] as const) expectMissing(lang, without(3, 4), [3, 4]);
    expectMissing('ru', without(4, 5), [4, 5]);
    expectMissing('kk', without(4, 5), [4, 5]);
    expectMissing('kk', without(7, 8), [7, 8]);
  });

  // Alignment pairs one paragraph with one: of the two halves, the one that pairs worse is extra.
  it('one paragraph split in two: one of its halves is the extra one, nothing is missing', () => {
    for (const lang of ['ru', 'kk', 'hy'] as const) {
      const split: Edit = (t) => {
        const cut = t[5]!.indexOf(' ', t[5]!.length / 2);
        return [...t.slice(0, 5), t[5]!.slice(0, cut), t[5]!.slice(cut + 1), ...t.slice(6)];
      };
      const { count } = countFinding(lang, split);
      expect(count, lang).toMatchObject({ missing: [] });
      const extra = count?.check === 'paragraph-count' ? count.extra : [];
      expect(extra.length).toBe(1);
      expect([5, 6]).toContain(extra[0]);
    }
  });

  it('two paragraphs merged into one: one of the two is named, none elsewhere', () => {
    for (const lang of ['ru', 'kk', 'hy'] as const) {
      const merged: Edit = (t) => [...t.slice(0, 7), `${t[7]} ${t[8]}`, t[9]!];
      const { count } = countFinding(lang, merged);
      expect(count, lang).toMatchObject({ extra: [] });
      const missing = count?.check === 'paragraph-count' ? count.missing : [];
      expect(missing.length).toBe(1);
      expect([7, 8]).toContain(missing[0]);
    }
  });

  // Paragraphs 2–5 of the Armenian text share no number, name or cognate with the English, and
  // 3–5 are near one length: no length-and-anchor alignment can tell which of them is gone.
  // What the check can promise is a place inside that stretch, never one beyond it.
  it('in a stretch with no anchors at all, the named paragraph stays inside the stretch', () => {
    for (const dropped of [2, 3, 4, 5]) {
      const { count } = countFinding('hy', without(dropped));
      const missing = count?.check === 'paragraph-count' ? count.missing : [];
      expect(missing.length).toBe(1);
      expect(missing[0]).toBeGreaterThanOrEqual(2);
      expect(missing[0]).toBeLessThanOrEqual(5);
    }
  });

  it('the demo release: each of its ten paragraphs dropped in turn, and two adjacent ones', () => {
    for (let dropped = 0; dropped < 10; dropped += 1) {
      const broken = editParagraphs(fullRelease, 'ru', without(dropped));
      const finding = runChecks(broken, 'ru', vocabulary).find(
        (f) => f.check === 'paragraph-count',
      );
      expect(finding, `paragraph ${dropped}`).toMatchObject({ missing: [dropped], extra: [] });
    }
    for (const first of [2, 5]) {
      const broken = editParagraphs(fullRelease, 'ru', without(first, first + 1));
      const finding = runChecks(broken, 'ru', vocabulary).find(
        (f) => f.check === 'paragraph-count',
      );
      expect(finding, `paragraphs ${first}, ${first + 1}`).toMatchObject({
        missing: [first, first + 1],
      });
    }
  });
});
