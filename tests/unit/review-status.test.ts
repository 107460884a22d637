import { describe, expect, it } from 'vitest';
import { VARIANT_STATUSES, type Variant, type VariantStatus } from '@shared/domain';
import {
  applyEditRule,
  applyEditRules,
  canChangeStatus,
  setStatus,
  StatusTransitionError,
} from '@shared/review/status';
import { fullRelease } from '../fixtures';
import { patchVersion, versionIn } from './support/review-edits';

const AT = '2024-08-02T10:00:00.000Z';
const draft: Variant = { ...versionIn(fullRelease, 'ru'), status: 'draft', statusHistory: [] };

describe('review workflow', () => {
  it('allows exactly draft → in review → changes requested or approved, and back to draft', () => {
    const allowed = VARIANT_STATUSES.flatMap((from) =>
      VARIANT_STATUSES.filter((to) => canChangeStatus(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'draft→in-review',
        'in-review→draft',
        'in-review→changes-requested',
        'in-review→approved',
        'changes-requested→draft',
        'changes-requested→in-review',
        'approved→draft',
      ].sort(),
    );
  });

  it('records who and when for every change', () => {
    const path: VariantStatus[] = ['in-review', 'changes-requested', 'in-review', 'approved'];
    let variant = draft;
    path.forEach((status, i) => {
      variant = setStatus(variant, status, `Editor ${i}`, AT);
    });
    expect(variant.status).toBe('approved');
    expect(variant.statusHistory).toEqual(
      path.map((status, i) => ({ status, by: `Editor ${i}`, at: AT })),
    );
  });

  it('refuses a move the workflow does not have, leaving the version as it was', () => {
    expect(() => setStatus(draft, 'approved', 'Editor', AT)).toThrow(StatusTransitionError);
    expect(() => setStatus(draft, 'draft', 'Editor', AT)).toThrow(/from draft to draft/);
    expect(draft.status).toBe('draft');
  });

  it('returns an approved version to draft when its content is edited, and only then', () => {
    const approved = versionIn(fullRelease, 'ru');
    expect(approved.status).toBe('approved');
    const edited = applyEditRule(
      approved,
      { ...approved, title: `${approved.title}!` },
      'Translator',
      AT,
    );
    expect(edited.status).toBe('draft');
    expect(edited.statusHistory.at(-1)).toEqual({ status: 'draft', by: 'Translator', at: AT });
    expect(applyEditRule(approved, { ...approved, updatedAt: AT }, 'Translator', AT)).toMatchObject(
      { status: 'approved' },
    );
    const inReview = { ...approved, status: 'in-review' as const };
    expect(
      applyEditRule(inReview, { ...inReview, lead: 'New lead' }, 'Translator', AT).status,
    ).toBe('in-review');
  });

  it('applies the rule to each version of a release separately', () => {
    const en = versionIn(fullRelease, 'en');
    const edited = patchVersion(fullRelease, 'en', {
      datelinePlace: `${en.datelinePlace}-Litovsk`,
    });
    const result = applyEditRules(fullRelease, edited, 'Editor', AT);
    expect(result.variants.en?.status).toBe('draft');
    expect(result.variants.ru?.status).toBe('approved');
  });
});
