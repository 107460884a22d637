/**
 * Tells the other tabs and windows of this app that a release was stored, so that one showing
 * it learns at once instead of when its own save is refused. A BroadcastChannel reaches every
 * page of the same origin (browser tabs on the loopback host; Electron windows of one session);
 * the page that posts does not hear itself.
 */
import type { Release } from '@shared/domain';
import { idSchema } from '@shared/domain';
import { z } from 'zod';

const CHANNEL = 'press-office:releases';

const savedMessageSchema = z.object({
  type: z.literal('saved'),
  id: idSchema,
  rev: z.number().int().min(1),
});
export type SavedMessage = z.infer<typeof savedMessageSchema>;

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

export function announceSaved(release: Pick<Release, 'id' | 'rev'>): void {
  const message: SavedMessage = { type: 'saved', id: release.id, rev: release.rev };
  channel?.postMessage(message);
}

/** Calls `listener` for each release another page stored; returns the function that stops it. */
export function onSavedElsewhere(listener: (message: SavedMessage) => void): () => void {
  if (!channel) return () => undefined;
  const onMessage = (event: MessageEvent) => {
    // Only pages of this origin can post here; the shape is checked all the same.
    const parsed = savedMessageSchema.safeParse(event.data);
    if (parsed.success) listener(parsed.data);
  };
  channel.addEventListener('message', onMessage);
  return () => channel.removeEventListener('message', onMessage);
}
