import { MAX_IMPORT_FILE_BYTES, type ImportOutcome } from '@shared/drafting-api';
import type { ApiError } from '@shared/errors';
import type { Lang } from '@shared/languages';
import { create } from 'zustand';
import { api, apiErrorOf } from '../api';
import { fileToBase64 } from '../editor/asset-urls';
import { useReleasesStore } from '../stores/releases-store';

export type ImportRun =
  | { phase: 'idle' }
  | { phase: 'running'; total: number; current: string; outcomes: ImportOutcome[] }
  | { phase: 'finished'; outcomes: ImportOutcome[]; stopped: boolean; error: ApiError | null };

interface ImportState {
  run: ImportRun;
  /** Imports the files one at a time, so that progress shows and Stop takes effect between files. */
  start(files: File[], sourceLang: Lang | null): Promise<void>;
  stop(): void;
  reset(): void;
}

let stopRequested = false;

export const useImportStore = create<ImportState>()((set, get) => ({
  run: { phase: 'idle' },
  async start(files, sourceLang) {
    if (get().run.phase === 'running' || files.length === 0) return;
    stopRequested = false;
    const outcomes: ImportOutcome[] = [];
    let error: ApiError | null = null;
    for (const file of files) {
      if (stopRequested) break;
      set({ run: { phase: 'running', total: files.length, current: file.name, outcomes: [...outcomes] } });
      if (file.size > MAX_IMPORT_FILE_BYTES) {
        outcomes.push({ name: file.name, ok: false, problem: 'too-large', detail: `${file.size} bytes` });
        continue;
      }
      try {
        const data = await fileToBase64(file);
        const [outcome] = await api.call('import.files', {
          files: [{ name: file.name, data }],
          ...(sourceLang ? { sourceLang } : {}),
        });
        if (outcome) outcomes.push(outcome);
      } catch (failure) {
        // The library itself failed (disk full, folder gone): the next files would fail too.
        error = apiErrorOf(failure);
        break;
      }
    }
    set({ run: { phase: 'finished', outcomes, stopped: stopRequested, error } });
    await useReleasesStore.getState().refresh().catch(() => undefined);
  },
  stop() {
    stopRequested = true;
  },
  reset: () => set({ run: { phase: 'idle' } }),
}));
