import type { Message } from './message';

/** Team libraries (sync with a team server). */
export const syncEn = {
  'review.history.reason.sync-side': 'One side of a team-sync merge',
} as const satisfies Record<string, Message>;

export type SyncMessageKey = keyof typeof syncEn;
