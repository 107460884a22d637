import type { LibraryInfo } from '@shared/contract';
import type { QuarantinedFile } from '@shared/domain';
import { create } from 'zustand';
import { api } from '../api';
import { loadAcknowledged, quarantineKey, saveAcknowledged } from './acknowledged-quarantine';

interface LibraryState {
  info: LibraryInfo | null;
  /** Quarantined files the user has dismissed, as quarantineKey()s. */
  acknowledged: string[];
  load(): Promise<void>;
  dismissQuarantine(files: QuarantinedFile[]): void;
}

export const useLibraryStore = create<LibraryState>()((set, get) => ({
  info: null,
  acknowledged: loadAcknowledged(),
  async load() {
    set({ info: await api.call('library.info', {}) });
  },
  dismissQuarantine(files) {
    const path = get().info?.path ?? '';
    const acknowledged = [...get().acknowledged, ...files.map((f) => quarantineKey(path, f.file))];
    saveAcknowledged(acknowledged);
    set({ acknowledged });
  },
}));

/** Selector: quarantined files not yet dismissed (a new array: read it with useShallow). */
export function unacknowledgedQuarantine(state: LibraryState): QuarantinedFile[] {
  const path = state.info?.path ?? '';
  return (state.info?.quarantined ?? []).filter(
    (f) => !state.acknowledged.includes(quarantineKey(path, f.file)),
  );
}
