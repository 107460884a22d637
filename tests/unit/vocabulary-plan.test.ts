import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDelete, planMerge, VocabularyPlanError } from '@shared/vocabulary/plan';
import { demoReleases, vocabulary } from '../fixtures';

const tagged = demoReleases.map((r) => ({ id: r.id, tags: r.tags }));

describe('planMerge', () => {
  it('re-tags every release carrying either entry with the merged one, nothing else lost', () => {
    const plan = planMerge(vocabulary, tagged, { into: 'csto', from: 'csto-secretariat' });
    expect(plan.vocabulary.map((e) => e.id)).not.toContain('csto-secretariat');
    const after = new Map(tagged.map((r) => [r.id, r.tags as string[]]));
    for (const change of plan.retag) after.set(change.id, change.tags);
    for (const release of tagged) {
      const tags = after.get(release.id)!;
      if (release.tags.includes('csto') || release.tags.includes('csto-secretariat'))
        expect(tags).toContain('csto');
      expect(tags).not.toContain('csto-secretariat');
      const others = release.tags.filter((t) => t !== 'csto' && t !== 'csto-secretariat');
      expect(tags.filter((t) => t !== 'csto')).toEqual(others);
      expect(new Set(tags).size).toBe(tags.length);
    }
    expect(plan.retag.map((r) => r.id).sort()).toEqual(
      tagged
        .filter((r) => r.tags.includes('csto-secretariat'))
        .map((r) => r.id)
        .sort(),
    );
  });

  it('keeps every name of the merged entry: labels it lacked, the rest as aliases', () => {
    const plan = planMerge(vocabulary, tagged, { into: 'csto-crrf', from: 'csto' });
    const merged = plan.vocabulary.find((e) => e.id === 'csto-crrf')!;
    // csto-crrf had no Armenian label; the CSTO's becomes it.
    expect(merged.labels.hy).toBe('Հավաքական անվտանգության պայմանագրի կազմակերպություն');
    expect(merged.labels.ru).toBe('Коллективные силы оперативного реагирования ОДКБ');
    expect(merged.aliases.ru).toEqual([
      'КСОР ОДКБ',
      'КСОР',
      'Организация Договора о коллективной безопасности',
      'ОДКБ',
    ]);
    expect(merged.aliases.en).toEqual(['CRRF', 'Collective Security Treaty Organization', 'CSTO']);
  });

  it('holds for any tag lists', () => {
    const ids = ['a-1', 'b-2', 'c-3', 'd-4'];
    const releases = fc.array(
      fc.record({
        id: fc.uuid().map((u) => `r-${u}`),
        tags: fc.uniqueArray(fc.constantFrom(...ids)),
      }),
      { maxLength: 30 },
    );
    const entries = ids.map((id) => ({
      id,
      type: 'topic' as const,
      labels: { en: `Name ${id}` },
      aliases: {},
    }));
    fc.assert(
      fc.property(releases, (list) => {
        const plan = planMerge(entries, list, { into: 'a-1', from: 'b-2' });
        const changed = new Map(plan.retag.map((r) => [r.id, r.tags]));
        for (const release of list) {
          const tags = changed.get(release.id) ?? release.tags;
          expect(tags.includes('a-1')).toBe(
            release.tags.includes('a-1') || release.tags.includes('b-2'),
          );
          expect(tags).not.toContain('b-2');
          for (const other of ['c-3', 'd-4'])
            expect(tags.includes(other)).toBe(release.tags.includes(other));
        }
      }),
    );
  });

  it('refuses unknown entries and merging an entry into itself', () => {
    expect(() => planMerge(vocabulary, tagged, { into: 'csto', from: 'csto' })).toThrow(
      VocabularyPlanError,
    );
    expect(() => planMerge(vocabulary, tagged, { into: 'csto', from: 'nope' })).toThrow(
      'the vocabulary has no entry nope',
    );
  });
});

describe('planDelete', () => {
  it('takes the tag off every release that carries it and counts them', () => {
    const plan = planDelete(vocabulary, tagged, 'brest');
    const carrying = tagged.filter((r) => r.tags.includes('brest'));
    expect(plan.retag).toHaveLength(carrying.length);
    expect(carrying.length).toBeGreaterThan(0);
    for (const change of plan.retag)
      expect(change.tags).toEqual(
        tagged.find((r) => r.id === change.id)!.tags.filter((t) => t !== 'brest'),
      );
    expect(plan.vocabulary).toHaveLength(vocabulary.length - 1);
  });
});
