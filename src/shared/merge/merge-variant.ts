/**
 * Three-way merge of one language version edited on two machines (team-library sync), against
 * their common ancestor. Title, lead, dateline place, signature and each body block merge on
 * their own: a part only one side changed takes that side's change; a part both changed the
 * same way takes it once; a part both changed differently becomes a ParagraphConflict that
 * keeps both texts and who wrote each, with sides[0]'s text standing in the version meanwhile.
 *
 * Blocks are matched by their exact JSON, not by their fingerprint: a fingerprint ignores
 * marks and whitespace, so matching on it would silently drop a formatting-only edit. The
 * fingerprints go into the conflict record instead, to find its blocks again after edits.
 *
 * The result depends only on the pair {(ours, ourEditor), (theirs, theirEditor)}, not on which
 * is called ours: both libraries settling the same replication conflict write the same bytes.
 */
import { deepEqual } from 'fast-equals';
import {
  PARAGRAPH_CONFLICT_TEXTS,
  type Editor,
  type ParagraphConflict,
  type StatusChange,
  type TiptapNode,
  type Variant,
} from '../domain';
import { fingerprint, paragraphFingerprints } from '../review/fingerprint';
import { contentChanged } from '../review/status';
import { mergeBlocks, mergeValue, type ValueMerge } from './three-way';

export interface MergedVariant {
  variant: Variant;
  /** The conflicts this merge found (the version's `conflicts` also keeps earlier ones). */
  added: ParagraphConflict[];
  /** True when an approval met text it had not seen (the version reads as needs-update). */
  approvalOutdated: boolean;
}

interface Side {
  variant: Variant;
  editor: Editor;
}

const EPOCH = '1970-01-01T00:00:00.000Z';

/** What a version added on both sides at once is merged against: nothing yet. */
export function emptyVariant(lang: Variant['lang']): Variant {
  return {
    lang,
    title: '',
    lead: '',
    body: { type: 'doc', content: [] },
    datelinePlace: '',
    status: 'draft',
    statusHistory: [],
    sourceBase: null,
    updatedAt: EPOCH,
  };
}

export function mergeVariant(
  base: Variant | null,
  ours: Variant,
  theirs: Variant,
  sides: readonly [Editor, Editor],
): MergedVariant {
  const ancestor = base ?? emptyVariant(ours.lang);
  const [a, b] = canonicalOrder(
    { variant: ours, editor: sides[0] },
    { variant: theirs, editor: sides[1] },
  );
  const added: ParagraphConflict[] = [];

  const texts: Partial<Record<(typeof PARAGRAPH_CONFLICT_TEXTS)[number], string>> = {};
  for (const field of PARAGRAPH_CONFLICT_TEXTS) {
    const merged = mergeValue(ancestor[field], a.variant[field], b.variant[field]);
    if (!merged.conflict) {
      if (merged.value !== undefined) texts[field] = merged.value;
      continue;
    }
    added.push(
      withId({
        field,
        base: merged.base ?? '',
        sides: [
          { ...a.editor, at: a.variant.updatedAt, text: merged.mine ?? '' },
          { ...b.editor, at: b.variant.updatedAt, text: merged.theirs ?? '' },
        ],
      }),
    );
    texts[field] = merged.mine ?? '';
  }

  const content: TiptapNode[] = [];
  const chunks = mergeBlocks(
    ancestor.body.content ?? [],
    a.variant.body.content ?? [],
    b.variant.body.content ?? [],
    (node) => JSON.stringify(node),
  );
  for (const chunk of chunks) {
    if (!chunk.conflict) {
      content.push(...chunk.blocks);
      continue;
    }
    added.push(
      withId({
        field: 'body',
        block: content.length,
        base: chunk.base,
        sides: [
          {
            ...a.editor,
            at: a.variant.updatedAt,
            blocks: chunk.mine,
            fingerprints: fingerprintsOf(chunk.mine),
          },
          {
            ...b.editor,
            at: b.variant.updatedAt,
            blocks: chunk.theirs,
            fingerprints: fingerprintsOf(chunk.theirs),
          },
        ],
      }),
    );
    content.push(...chunk.mine);
  }

  const statusHistory = mergeHistory(a.variant.statusHistory, b.variant.statusHistory);
  const later = laterOf(a, b);
  const status = settle(
    mergeValue(ancestor.status, a.variant.status, b.variant.status),
    () => latestStatus(statusHistory, ancestor.statusHistory) ?? later.variant.status,
  );
  const sourceBase = settle(
    mergeValue(ancestor.sourceBase, a.variant.sourceBase, b.variant.sourceBase),
    () => laterBase(a.variant.sourceBase, b.variant.sourceBase),
  );
  const contacts = settle(
    mergeValue(ancestor.contacts, a.variant.contacts, b.variant.contacts),
    () => later.variant.contacts,
  );
  const editedBy = settle(
    mergeValue(ancestor.editedBy, a.variant.editedBy, b.variant.editedBy),
    () => later.variant.editedBy,
  );
  const conflicts = [
    ...settle(
      mergeValue(ancestor.conflicts ?? [], a.variant.conflicts ?? [], b.variant.conflicts ?? []),
      () =>
        mergeSets(ancestor.conflicts ?? [], a.variant.conflicts ?? [], b.variant.conflicts ?? []),
    ),
    ...added,
  ];

  const merged: Variant = {
    lang: ancestor.lang === a.variant.lang ? ancestor.lang : a.variant.lang,
    title: texts.title ?? '',
    lead: texts.lead ?? '',
    body: { ...a.variant.body, content },
    datelinePlace: texts.datelinePlace ?? '',
    status,
    statusHistory,
    sourceBase,
    updatedAt: later.variant.updatedAt,
    ...(texts.issuer !== undefined ? { issuer: texts.issuer } : {}),
    ...(contacts !== undefined ? { contacts } : {}),
    ...(editedBy !== undefined ? { editedBy } : {}),
  };
  if (conflicts.length > 0) merged.conflicts = conflicts;

  const outdated = outdatedApproval(ancestor, a, b, merged, added.length > 0);
  const mark =
    outdated ??
    settle(
      mergeValue(ancestor.approvalOutdated, a.variant.approvalOutdated, b.variant.approvalOutdated),
      () => laterMark(a.variant.approvalOutdated, b.variant.approvalOutdated),
    );
  if (mark !== undefined) merged.approvalOutdated = mark;
  return { variant: merged, added, approvalOutdated: outdated !== undefined };
}

/** The pair in an order that depends on nothing but the two sides themselves. */
function canonicalOrder(x: Side, y: Side): [Side, Side] {
  return JSON.stringify([x.editor, x.variant]) <= JSON.stringify([y.editor, y.variant])
    ? [x, y]
    : [y, x];
}

function laterOf(a: Side, b: Side): Side {
  return Date.parse(b.variant.updatedAt) > Date.parse(a.variant.updatedAt) ? b : a;
}

/** A merge's value, or what `resolve` makes of a conflict that is not worth asking about. */
function settle<T>(merge: ValueMerge<T>, resolve: () => T): T {
  return merge.conflict ? resolve() : merge.value;
}

type Unnamed<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The id is a fingerprint of the record, so every library merging the pair names it alike. */
function withId(conflict: Unnamed<ParagraphConflict>): ParagraphConflict {
  return { id: `c-${fingerprint(JSON.stringify(conflict))}`, ...conflict } as ParagraphConflict;
}

function fingerprintsOf(blocks: TiptapNode[]): string[] {
  return paragraphFingerprints({ type: 'doc', content: blocks });
}

/** One history holding both: a history that extends the other stays as it is; else by time. */
function mergeHistory(a: StatusChange[], b: StatusChange[]): StatusChange[] {
  const startsWith = (long: StatusChange[], short: StatusChange[]) =>
    long.length >= short.length && short.every((change, i) => deepEqual(change, long[i]));
  if (startsWith(a, b)) return a;
  if (startsWith(b, a)) return b;
  const seen = new Set<string>();
  const all: { change: StatusChange; key: string }[] = [];
  for (const change of [...a, ...b]) {
    const key = JSON.stringify(change);
    if (seen.has(key)) continue;
    seen.add(key);
    all.push({ change, key });
  }
  all.sort((x, y) => Date.parse(x.change.at) - Date.parse(y.change.at) || (x.key < y.key ? -1 : 1));
  return all.map(({ change }) => change);
}

/** The status of the latest change neither side had at the ancestor. */
function latestStatus(
  history: StatusChange[],
  before: StatusChange[],
): StatusChange['status'] | undefined {
  const old = new Set(before.map((change) => JSON.stringify(change)));
  return history.filter((change) => !old.has(JSON.stringify(change))).at(-1)?.status;
}

function laterBase(x: Variant['sourceBase'], y: Variant['sourceBase']): Variant['sourceBase'] {
  if (!x || !y) return x ?? y;
  return Date.parse(y.recordedAt) > Date.parse(x.recordedAt) ? y : x;
}

function laterMark(
  x: Variant['approvalOutdated'],
  y: Variant['approvalOutdated'],
): Variant['approvalOutdated'] {
  if (!x || !y) return x ?? y;
  return Date.parse(y.approvedAt) > Date.parse(x.approvedAt) ? y : x;
}

/** Conflicts kept by a three-way merge of sets: one either side resolved stays resolved. */
function mergeSets(
  base: ParagraphConflict[],
  a: ParagraphConflict[],
  b: ParagraphConflict[],
): ParagraphConflict[] {
  const ids = (list: ParagraphConflict[]) => new Set(list.map((c) => c.id));
  const [inBase, inA, inB] = [ids(base), ids(a), ids(b)];
  const kept = (c: ParagraphConflict) => !inBase.has(c.id) || (inA.has(c.id) && inB.has(c.id));
  return [...a.filter(kept), ...b.filter((c) => !inA.has(c.id) && kept(c))];
}

/**
 * An approval one side gave while the other changed the text: the merged text is not what the
 * approver saw, or part of it is still in conflict. It is flagged against that approval rather than kept as if it had seen it.
 */
function outdatedApproval(
  ancestor: Variant,
  a: Side,
  b: Side,
  merged: Variant,
  unsettled: boolean,
): Variant['approvalOutdated'] | undefined {
  if (merged.status !== 'approved') return undefined;
  const old = new Set(ancestor.statusHistory.map((change) => JSON.stringify(change)));
  for (const [approver, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const approval = approver.variant.statusHistory
      .filter((change) => change.status === 'approved' && !old.has(JSON.stringify(change)))
      .at(-1);
    const unseen = unsettled || contentChanged(approver.variant, merged);
    if (approval && approver.variant.status === 'approved' && unseen) {
      return { approvedAt: approval.at, changedBy: other.editor };
    }
  }
  return undefined;
}
