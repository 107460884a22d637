/**
 * Settles a document that two libraries changed concurrently. The result depends only on the
 * revisions in conflict, never on which library settles it: the revisions are taken in sorted
 * order, a language version merges per paragraph against the common ancestor (mergeVariant, which
 * is symmetric), and the settling revision's id is a hash of its parent (the engine's winner, the
 * same on every replica) and content, so two libraries settling the same conflict offline write
 * the same revision and do not conflict again.
 */
import type { Editor, Variant } from '@shared/domain';
import { mergeVariant } from '@shared/merge/merge-variant';
import type { DocMeta } from './engine';
import {
  mergeClocks,
  schemaFor,
  type ClockBody,
  type ReleaseDocBody,
  type VariantBody,
} from './document-mapping';
import { stripMeta, type Replica } from './replica';

interface Leaf {
  rev: string;
  body: ReleaseDocBody;
}

/** A losing revision that failed validation: it is quarantined by the caller, never applied. */
export type RejectLoser = (doc: DocMeta, reason: string) => Promise<void>;

export async function settleConflict(
  replica: Replica,
  winner: DocMeta,
  winnerBody: ReleaseDocBody,
  reject: RejectLoser,
): Promise<{ body: ReleaseDocBody; rev: string }> {
  const schema = schemaFor(winner._id)!;
  const leaves: Leaf[] = [{ rev: winner._rev!, body: winnerBody }];
  for (const rev of winner._conflicts ?? []) {
    const doc = await replica.db.get(winner._id, { rev });
    const parsed = schema.safeParse(stripMeta(doc));
    if (parsed.success) leaves.push({ rev, body: parsed.data });
    else {
      const issue = parsed.error.issues[0];
      await reject(
        doc,
        issue ? `${issue.path.join('.') || 'document'}: ${issue.message}` : 'invalid',
      );
    }
  }
  leaves.sort((x, y) => (x.rev < y.rev ? -1 : x.rev > y.rev ? 1 : 0));
  const body = await settle(replica, winner._id, winnerBody, leaves);
  const rev = await replica.writeChild(
    winner._id,
    winner._rev!,
    body as unknown as Record<string, unknown>,
  );
  // The losing branches end here; their revisions stay in the replica's tree.
  for (const loser of [...(winner._conflicts ?? [])].sort())
    await replica.writeChild(winner._id, loser, null);
  return { body, rev };
}

async function settle(
  replica: Replica,
  id: string,
  winner: ReleaseDocBody,
  leaves: Leaf[],
): Promise<ReleaseDocBody> {
  if (winner.type === 'release-clock')
    return mergeClocks(leaves.map((leaf) => leaf.body as ClockBody));
  // Other documents (metadata, a comment) keep the engine's winner; so does a version whose
  // other sides were all rejected, having nothing to merge with.
  if (winner.type !== 'release-variant' || leaves.length === 1) return winner;
  let merged = leaves[0]!.body as VariantBody;
  const seen = [await ancestry(replica, id, leaves[0]!.rev)];
  for (const leaf of leaves.slice(1)) {
    const theirs = leaf.body as VariantBody;
    const path = await ancestry(replica, id, leaf.rev);
    const base = await commonAncestor(replica, id, path, seen);
    const result = mergeVariant(base, merged.variant, theirs.variant, [
      editorOf(merged),
      editorOf(theirs),
    ]);
    merged = { type: 'release-variant', variant: result.variant };
    seen.push(path);
  }
  const sides = leaves.map(({ body }) => ({
    variant: (body as VariantBody).variant,
    editor: editorOf(body as VariantBody),
  }));
  return { ...merged, sides };
}

function editorOf(body: VariantBody): Editor {
  return body.editor ?? { name: body.variant.editedBy ?? '', device: '' };
}

/** The revisions from `rev` back to the first, newest first. */
async function ancestry(replica: Replica, id: string, rev: string): Promise<string[]> {
  const doc = await replica.db.get(id, { rev, revs: true });
  const { start, ids } = doc._revisions ?? { start: 0, ids: [] };
  return ids.map((hash, i) => `${start - i}-${hash}`);
}

/**
 * The version at the newest revision `path` shares with a branch already merged. The replica is
 * never compacted, so its body is there; if not (or no revision is shared), null: every part
 * both sides have differently becomes a conflict, so nothing is lost.
 */
async function commonAncestor(
  replica: Replica,
  id: string,
  path: string[],
  merged: string[][],
): Promise<Variant | null> {
  const known = new Set(merged.flat());
  const shared = path.find((rev) => known.has(rev));
  if (!shared) return null;
  const body = await replica.body(id, shared);
  const parsed = body ? schemaFor(id)!.safeParse(body) : null;
  return parsed?.success && parsed.data.type === 'release-variant' ? parsed.data.variant : null;
}
