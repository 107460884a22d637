/**
 * Settles a document that two libraries changed concurrently. The result depends only on the
 * revisions in conflict, never on which library settles it: the winner is the engine's own
 * deterministic choice (the same on every replica) and the settling revision's id is a hash
 * of its parent and content, so two libraries settling the same conflict offline write the
 * same revision and do not conflict again.
 */
import type { DocMeta } from './engine';
import { mergeClocks, schemaFor, type ClockBody, type ReleaseDocBody } from './document-mapping';
import { stripMeta, type Replica } from './replica';

export async function settleConflict(
  replica: Replica,
  winner: DocMeta,
  winnerBody: ReleaseDocBody,
): Promise<{ body: ReleaseDocBody; rev: string }> {
  const schema = schemaFor(winner._id)!;
  const losers: ReleaseDocBody[] = [];
  for (const rev of winner._conflicts ?? []) {
    const doc = await replica.db.get(winner._id, { rev });
    const parsed = schema.safeParse(stripMeta(doc));
    if (parsed.success) losers.push(parsed.data);
  }
  const body = settle(winnerBody, losers);
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

function settle(winner: ReleaseDocBody, losers: ReleaseDocBody[]): ReleaseDocBody {
  if (winner.type === 'release-clock') return mergeClocks([winner, ...(losers as ClockBody[])]);
  return winner;
}
