import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  variantSchema,
  type Editor,
  type StatusChange,
  type TiptapNode,
  type Variant,
} from '@shared/domain';
import { mergeVariant } from '@shared/merge/merge-variant';
import { needsUpdate } from '@shared/review/needs-update';
import { paragraphFingerprints } from '@shared/review/fingerprint';
import { emptyRelease } from '../fixtures/empty-release';

const para = (text: string): TiptapNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});
const doc = (...texts: string[]) => ({ type: 'doc' as const, content: texts.map(para) });
const textsOf = (variant: Variant) =>
  (variant.body.content ?? []).map((node) => node.content?.[0]?.text ?? '');

const aigerim: Editor = { name: 'Айгерим Нурланова', device: 'laptop-astana' };
const arman: Editor = { name: 'Арман Сейтқали', device: 'laptop-almaty' };

function kk(texts: string[], patch: Partial<Variant> = {}): Variant {
  return {
    lang: 'kk',
    title: 'Семинар туралы',
    lead: 'Қысқаша',
    body: doc(...texts),
    datelinePlace: 'Астана',
    status: 'in-review',
    statusHistory: [{ status: 'in-review', by: 'Айгерим', at: '2026-12-01T09:00:00.000Z' }],
    sourceBase: null,
    updatedAt: '2026-12-01T09:00:00.000Z',
    ...patch,
  };
}

const BASE = ['Бірінші абзац.', 'Екінші абзац.', 'Үшінші абзац.', 'Төртінші абзац.'];

describe('mergeVariant: one language version edited on two machines', () => {
  it('merges edits of different paragraphs in Kazakh silently', () => {
    const ours = kk(['Бірінші абзац, түзетілді.', ...BASE.slice(1)], {
      updatedAt: '2026-12-02T10:00:00.000Z',
    });
    const theirs = kk([...BASE.slice(0, 3), 'Төртінші абзац, жаңартылды.'], {
      updatedAt: '2026-12-02T11:00:00.000Z',
    });
    const { variant, added } = mergeVariant(kk(BASE), ours, theirs, [aigerim, arman]);
    expect(added).toEqual([]);
    expect(variant.conflicts).toBeUndefined();
    expect(textsOf(variant)).toEqual([
      'Бірінші абзац, түзетілді.',
      'Екінші абзац.',
      'Үшінші абзац.',
      'Төртінші абзац, жаңартылды.',
    ]);
    expect(variant.updatedAt).toBe('2026-12-02T11:00:00.000Z');
    expect(variantSchema.safeParse(variant).success).toBe(true);
  });

  it('applies a paragraph inserted on one side and one deleted on the other', () => {
    const ours = kk([BASE[0]!, 'Жаңа абзац.', ...BASE.slice(1)]);
    const theirs = kk([BASE[0]!, BASE[1]!, BASE[3]!]);
    const { variant, added } = mergeVariant(kk(BASE), ours, theirs, [aigerim, arman]);
    expect(added).toEqual([]);
    expect(textsOf(variant)).toEqual([BASE[0], 'Жаңа абзац.', BASE[1], BASE[3]]);
  });

  it('keeps both Armenian texts of one paragraph changed differently, with who wrote each', () => {
    const base = {
      ...kk(['Առաջին պարբերություն։', 'Երկրորդ պարբերություն։']),
      lang: 'hy' as const,
    };
    const ours = {
      ...base,
      body: doc('Առաջին պարբերություն, խմբագրված։', 'Երկրորդ պարբերություն։'),
      updatedAt: '2026-12-02T10:00:00.000Z',
    };
    const theirs = {
      ...base,
      body: doc('Առաջին պարբերություն, այլ կերպ։', 'Երկրորդ պարբերություն։'),
      updatedAt: '2026-12-02T12:00:00.000Z',
    };
    const { variant, added } = mergeVariant(base, ours, theirs, [aigerim, arman]);
    expect(added).toHaveLength(1);
    const conflict = added[0]!;
    expect(conflict.field).toBe('body');
    if (conflict.field !== 'body') return;
    const sides = conflict.sides.map((side) => ({
      name: side.name,
      device: side.device,
      text: side.blocks[0]?.content?.[0]?.text,
    }));
    expect(sides).toEqual(
      expect.arrayContaining([
        { name: aigerim.name, device: aigerim.device, text: 'Առաջին պարբերություն, խմբագրված։' },
        { name: arman.name, device: arman.device, text: 'Առաջին պարբերություն, այլ կերպ։' },
      ]),
    );
    expect(conflict.base[0]?.content?.[0]?.text).toBe('Առաջին պարբերություն։');
    expect(conflict.block).toBe(0);
    expect(conflict.sides[0].fingerprints).toEqual(
      paragraphFingerprints({ type: 'doc', content: conflict.sides[0].blocks }),
    );
    // The version holds sides[0]'s text until someone chooses; the untouched paragraph stays.
    expect(textsOf(variant)).toEqual([
      conflict.sides[0].blocks[0]?.content?.[0]?.text,
      'Երկրորդ պարբերություն։',
    ]);
    expect(variant.conflicts).toEqual(added);
    expect(variantSchema.safeParse(variant).success).toBe(true);
  });

  it('makes a title changed differently on both sides a conflict, and the same change none', () => {
    const base = kk(BASE);
    const differ = mergeVariant(
      base,
      { ...base, title: 'Семинар: бағдарлама' },
      { ...base, title: 'Семинар: күн тәртібі' },
      [aigerim, arman],
    );
    expect(differ.added.map((c) => c.field)).toEqual(['title']);
    const same = mergeVariant(
      base,
      { ...base, title: 'Семинар: бағдарлама' },
      { ...base, title: 'Семинар: бағдарлама' },
      [aigerim, arman],
    );
    expect(same.added).toEqual([]);
    expect(same.variant.title).toBe('Семинар: бағдарлама');
  });

  it('names the conflict alike whichever library merges (Cyrillic, Belarusian)', () => {
    const base = { ...kk(['Першы абзац.']), lang: 'be' as const };
    const x = { ...base, body: doc('Першы абзац — праўка А.') };
    const y = { ...base, body: doc('Першы абзац — праўка Б.') };
    expect(mergeVariant(base, x, y, [aigerim, arman])).toEqual(
      mergeVariant(base, y, x, [arman, aigerim]),
    );
  });

  it('flags an approval given against text that changed on the other machine', () => {
    const base = kk(BASE);
    const approvedAt = '2026-12-02T10:00:00.000Z';
    const approved = kk(BASE, {
      status: 'approved',
      statusHistory: [...base.statusHistory, { status: 'approved', by: 'Арман', at: approvedAt }],
      updatedAt: approvedAt,
    });
    const edited = kk([...BASE.slice(0, 2), 'Үшінші абзац, өзгерді.', BASE[3]!], {
      updatedAt: '2026-12-02T11:00:00.000Z',
    });
    const { variant, approvalOutdated } = mergeVariant(base, approved, edited, [arman, aigerim]);
    expect(approvalOutdated).toBe(true);
    expect(variant.status).toBe('approved');
    expect(variant.approvalOutdated).toEqual({ approvedAt, changedBy: aigerim });
    const release = { ...emptyRelease, variants: { ...emptyRelease.variants, kk: variant } };
    expect(needsUpdate(release, 'kk')).toBe(true);
    // Approving the merged text again clears it.
    const again: StatusChange[] = [
      ...variant.statusHistory,
      { status: 'approved', by: 'Арман', at: '2026-12-03T09:00:00.000Z' },
    ];
    expect(
      needsUpdate(
        { ...release, variants: { ...release.variants, kk: { ...variant, statusHistory: again } } },
        'kk',
      ),
    ).toBe(false);
  });

  it('keeps an approval as it is when the other side changed nothing', () => {
    const base = kk(BASE);
    const approved = kk(BASE, {
      status: 'approved',
      statusHistory: [
        ...base.statusHistory,
        { status: 'approved', by: 'Арман', at: '2026-12-02T10:00:00.000Z' },
      ],
    });
    const { variant, approvalOutdated } = mergeVariant(base, approved, base, [arman, aigerim]);
    expect(approvalOutdated).toBe(false);
    expect(variant).toEqual(approved);
  });

  it('drops an earlier conflict that one side resolved, keeps one nobody touched', () => {
    const base = kk(BASE);
    const first = mergeVariant(base, { ...base, lead: 'А' }, { ...base, lead: 'Б' }, [
      aigerim,
      arman,
    ]).variant;
    const resolved = { ...first, lead: 'А', conflicts: [] as Variant['conflicts'] };
    const untouched = { ...first, body: doc(...BASE, 'Бесінші абзац.') };
    const { variant } = mergeVariant(first, resolved, untouched, [aigerim, arman]);
    expect(variant.conflicts ?? []).toEqual([]);
    expect(variant.lead).toBe('А');
    expect(textsOf(variant)).toEqual([...BASE, 'Бесінші абзац.']);
  });
});

// --- Properties over random edits of a version (paragraph lists of Kazakh and Armenian words).
const WORDS = [
  'абзац',
  'Астана',
  'семинар',
  'Ереван',
  'պարբերություն',
  'жаңа',
  'Қазақстан',
  'ռուս',
];
const paragraphText = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 })
  .map((words) => words.join(' '));
const baseTexts = fc.uniqueArray(paragraphText, { minLength: 0, maxLength: 7 });
/** An edited copy of `texts`: some paragraphs replaced, removed, or inserted before. */
const edit = (texts: string[]) =>
  fc
    .array(fc.constantFrom('keep', 'keep', 'change', 'delete', 'insert'), {
      minLength: texts.length + 1,
      maxLength: texts.length + 1,
    })
    .chain((ops) =>
      fc
        .array(paragraphText, { minLength: ops.length, maxLength: ops.length })
        .map((fresh) => ({ ops, fresh })),
    )
    .map(({ ops, fresh }) => {
      const out: string[] = [];
      ops.forEach((op, i) => {
        const text = texts[i];
        if (op === 'insert') out.push(`${fresh[i]} +`);
        if (text === undefined) return;
        if (op === 'change') out.push(`${text} ${fresh[i]}`);
        else if (op !== 'delete') out.push(text);
      });
      return out;
    });
const editor = fc.record({
  name: fc.constantFrom('Айгерим', 'Арман', 'Անի'),
  device: fc.constantFrom('laptop-a', 'laptop-b'),
});
const scenario = baseTexts.chain((base) =>
  fc.record({
    base: fc.constant(base),
    x: edit(base),
    y: edit(base),
    title: fc.tuple(
      fc.constantFrom('Семинар', 'Սեմինար'),
      fc.constantFrom('Семинар', 'Սեմինար', 'Жиын'),
    ),
    ex: editor,
    ey: editor,
  }),
);
const variantOf = (texts: string[], title = 'Семинар', updatedAt = '2026-12-02T10:00:00.000Z') =>
  kk(texts, { title, updatedAt });
const allBlockTexts = (result: ReturnType<typeof mergeVariant>) => [
  ...textsOf(result.variant),
  ...result.added.flatMap((c) =>
    c.field === 'body'
      ? c.sides.flatMap((s) => s.blocks.map((b) => b.content?.[0]?.text ?? ''))
      : [],
  ),
];

describe('mergeVariant: properties', () => {
  it('is symmetric up to side labels', () => {
    fc.assert(
      fc.property(scenario, ({ base, x, y, title, ex, ey }) => {
        const b = variantOf(base);
        const vx = variantOf(x, title[0], '2026-12-02T10:00:00.000Z');
        const vy = variantOf(y, title[1], '2026-12-02T11:00:00.000Z');
        expect(mergeVariant(b, vx, vy, [ex, ey])).toEqual(mergeVariant(b, vy, vx, [ey, ex]));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every paragraph either side wrote, merged or in a conflict', () => {
    fc.assert(
      fc.property(scenario, ({ base, x, y, ex, ey }) => {
        const result = mergeVariant(variantOf(base), variantOf(x), variantOf(y), [ex, ey]);
        const kept = new Set(allBlockTexts(result));
        for (const text of [...x, ...y])
          if (!base.includes(text)) expect(kept.has(text)).toBe(true);
        // A paragraph changed on one side only is never a conflict when the other side left
        // that paragraph and its neighbours alone.
        if (y.length === base.length && y.every((t, i) => t === base[i]))
          expect(result.added).toEqual([]);
        expect(variantSchema.safeParse(result.variant).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('merge(base, x, base) is x', () => {
    fc.assert(
      fc.property(scenario, ({ base, x, title, ex, ey }) => {
        const b = variantOf(base);
        const vx = variantOf(x, title[1], '2026-12-02T11:00:00.000Z');
        expect(mergeVariant(b, vx, b, [ex, ey]).variant).toEqual(vx);
        expect(mergeVariant(b, b, vx, [ey, ex]).variant).toEqual(vx);
      }),
      { numRuns: 500 },
    );
  });
});
