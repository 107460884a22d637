import type { Message } from './message';
import type { SyncMessageKey } from './sync.en';

export const syncRu: Record<SyncMessageKey, Message> = {
  'review.history.reason.sync-side': 'Одна из сторон слияния при синхронизации',
};
