import type { LibraryInfo } from '@shared/contract';
import type { QuarantinedFile } from '@shared/domain';
import { create } from 'zustand';
import { api } from '../api';

interface LibraryState {
  info: LibraryInfo | null;
  load(): Promise<void>;
  /** Main records the dismissal in the library, so the banner stays away after a restart. */
  dismissQuarantine(files: QuarantinedFile[]): Promise<void>;
}

export const useLibraryStore = create<LibraryState>()((set) => ({
  info: null,
  async load() {
    set({ info: await api.call('library.info', {}) });
  },
  async dismissQuarantine(files) {
    if (files.length === 0) return;
    set({ info: await api.call('library.dismissQuarantined', { files: files.map((f) => f.file) }) });
  },
}));
