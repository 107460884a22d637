import type { ApiError } from '@shared/errors';
import { create } from 'zustand';
import { apiErrorOf } from '../api';
import type { MessageKey } from '../i18n/en';

/** The last failure of an action that has no screen of its own to report it on. */
interface NoticeState {
  error: ApiError | null;
  /** Something to know that is no failure (a release that was open is gone), until dismissed. */
  info: MessageKey | null;
  report(error: unknown): void;
  inform(info: MessageKey): void;
  dismiss(): void;
}

export const useNoticeStore = create<NoticeState>()((set) => ({
  error: null,
  info: null,
  report: (error) => set({ error: apiErrorOf(error) }),
  inform: (info) => set({ info }),
  dismiss: () => set({ error: null, info: null }),
}));
