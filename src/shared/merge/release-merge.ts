/**
 * Three-way merge of two edited copies of one release: title, lead, dateline and each body
 * block of every language version, and the release-wide fields the editor changes. Everything
 * else (status, comments, review state, rev) comes from `theirs`, the copy that is stored.
 */
import type { Release, TiptapNode, Variant } from '../domain';
import type { Lang } from '../languages';
import {
  mergeBlocks,
  mergeValue,
  settleBlocks,
  type BlockChunk,
  type Choice,
  type ValueMerge,
} from './three-way';

export const MERGED_FIELDS = [
  'kind',
  'date',
  'embargo',
  'issuer',
  'contacts',
  'boilerplate',
  'tags',
] as const;
export type MergedField = (typeof MERGED_FIELDS)[number];
export const MERGED_TEXTS = ['title', 'lead', 'datelinePlace'] as const;
export type MergedText = (typeof MERGED_TEXTS)[number];
/** A translation's own signature and contact names, merged as whole values. */
export const MERGED_VERSION_FIELDS = ['issuer', 'contacts'] as const;
export type MergedVersionField = (typeof MERGED_VERSION_FIELDS)[number];

export interface VariantMerge {
  lang: Lang;
  texts: Record<MergedText, ValueMerge<string>>;
  own: Record<MergedVersionField, ValueMerge<unknown>>;
  body: BlockChunk<TiptapNode>[];
  /** The version as it is in theirs, or in mine when only mine added it. */
  from: Variant;
}

export interface ReleaseMerge {
  theirs: Release;
  fields: { field: MergedField; merge: ValueMerge<unknown> }[];
  variants: VariantMerge[];
}

/** One place both sides changed: a field, a text of a version, or a run of body blocks. */
export type MergeConflict =
  | { id: string; kind: 'field'; field: MergedField; mine: unknown; theirs: unknown }
  | { id: string; kind: 'text'; lang: Lang; text: MergedText; mine: string; theirs: string }
  | { id: string; kind: 'version-field'; lang: Lang; field: MergedVersionField; mine: unknown; theirs: unknown }
  | { id: string; kind: 'body'; lang: Lang; mine: TiptapNode[]; theirs: TiptapNode[] };

const blockKey = (node: TiptapNode) => JSON.stringify(node);

function mergeVariant(base: Variant | undefined, mine: Variant, theirs: Variant): VariantMerge {
  const ancestor = base ?? {
    ...theirs,
    title: '',
    lead: '',
    datelinePlace: '',
    issuer: undefined,
    contacts: undefined,
    body: { type: 'doc' },
  };
  const texts = {} as Record<MergedText, ValueMerge<string>>;
  for (const text of MERGED_TEXTS)
    texts[text] = mergeValue(ancestor[text], mine[text], theirs[text]);
  const own = {} as Record<MergedVersionField, ValueMerge<unknown>>;
  for (const field of MERGED_VERSION_FIELDS)
    own[field] = mergeValue<unknown>(ancestor[field], mine[field], theirs[field]);
  const body = mergeBlocks(
    ancestor.body.content ?? [],
    mine.body.content ?? [],
    theirs.body.content ?? [],
    blockKey,
  );
  return { lang: theirs.lang, texts, own, body, from: theirs };
}

export function mergeReleases(base: Release, mine: Release, theirs: Release): ReleaseMerge {
  const fields = MERGED_FIELDS.map((field) => ({
    field,
    merge: mergeValue<unknown>(base[field], mine[field], theirs[field]),
  }));
  const variants: VariantMerge[] = [];
  const langs = new Set([...Object.keys(theirs.variants), ...Object.keys(mine.variants)] as Lang[]);
  for (const lang of langs) {
    const b = base.variants[lang];
    const m = mine.variants[lang];
    const t = theirs.variants[lang];
    if (t && m) variants.push(mergeVariant(b, m, t));
    else if (t) variants.push(mergeVariant(t, t, t));
    // Only in mine: a version mine added is kept; one theirs removed stays removed.
    else if (m && !b) variants.push(mergeVariant(m, m, m));
  }
  return { theirs, fields, variants };
}

export function conflictsOf(merge: ReleaseMerge): MergeConflict[] {
  const out: MergeConflict[] = [];
  for (const { field, merge: m } of merge.fields)
    if (m.conflict)
      out.push({ id: `field:${field}`, kind: 'field', field, mine: m.mine, theirs: m.theirs });
  for (const variant of merge.variants) {
    for (const text of MERGED_TEXTS) {
      const m = variant.texts[text];
      if (m.conflict)
        out.push({
          id: `${text}:${variant.lang}`,
          kind: 'text',
          lang: variant.lang,
          text,
          mine: m.mine,
          theirs: m.theirs,
        });
    }
    for (const field of MERGED_VERSION_FIELDS) {
      const m = variant.own[field];
      if (m.conflict)
        out.push({
          id: `${field}:${variant.lang}`,
          kind: 'version-field',
          lang: variant.lang,
          field,
          mine: m.mine,
          theirs: m.theirs,
        });
    }
    let index = 0;
    for (const chunk of variant.body) {
      if (!chunk.conflict) continue;
      out.push({
        id: `body:${variant.lang}:${index++}`,
        kind: 'body',
        lang: variant.lang,
        mine: chunk.mine,
        theirs: chunk.theirs,
      });
    }
  }
  return out;
}

/** Choices by conflict id; a conflict with no choice keeps mine. 'both' on a value keeps mine. */
export type MergeChoices = Readonly<Record<string, Choice>>;

function settleValue<T>(merge: ValueMerge<T>, choice: Choice | undefined): T {
  if (!merge.conflict) return merge.value;
  return choice === 'theirs' ? merge.theirs : merge.mine;
}

/** The merged release, on theirs' rev so that it saves on top of what is stored. */
export function settleMerge(merge: ReleaseMerge, choices: MergeChoices = {}): Release {
  const release: Release = { ...merge.theirs };
  const fields: Partial<Record<MergedField, unknown>> = {};
  for (const { field, merge: m } of merge.fields)
    fields[field] = settleValue(m, choices[`field:${field}`]);
  Object.assign(release, fields);
  const variants: Release['variants'] = {};
  for (const v of merge.variants) {
    const content = settleBlocks(v.body, (i) => choices[`body:${v.lang}:${i}`] ?? 'both');
    const texts = {} as Record<MergedText, string>;
    for (const text of MERGED_TEXTS)
      texts[text] = settleValue(v.texts[text], choices[`${text}:${v.lang}`]);
    const own: Partial<Variant> = {};
    for (const field of MERGED_VERSION_FIELDS) {
      const value = settleValue(v.own[field], choices[`${field}:${v.lang}`]);
      if (value !== undefined) Object.assign(own, { [field]: value });
    }
    const { issuer: _issuer, contacts: _contacts, ...rest } = v.from;
    variants[v.lang] = { ...rest, ...own, ...texts, body: { ...v.from.body, content } };
  }
  return { ...release, variants };
}

/** Both sides settled the same way: all mine (where both changed) or all theirs. */
export function allChoices(merge: ReleaseMerge, choice: Choice): MergeChoices {
  return Object.fromEntries(conflictsOf(merge).map((c) => [c.id, choice]));
}
