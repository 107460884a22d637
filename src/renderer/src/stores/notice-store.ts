import type { ApiError } from '@shared/errors';
import { create } from 'zustand';
import { apiErrorOf } from '../api';

/** The last failure of an action that has no screen of its own to report it on. */
interface NoticeState {
  error: ApiError | null;
  report(error: unknown): void;
  dismiss(): void;
}

export const useNoticeStore = create<NoticeState>()((set) => ({
  error: null,
  report: (error) => set({ error: apiErrorOf(error) }),
  dismiss: () => set({ error: null }),
}));
