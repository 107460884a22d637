/**
 * Exports many releases into one folder with one warm PDF engine, one after another. A
 * release that cannot be exported (gate, missing image, bad embargo zone) is reported and
 * the batch goes on; a cancel stops the whole batch.
 */
import {
  exportRelease,
  failureText,
  type ExportOptions,
  type ExportProgress,
  type ExportResult,
  type ExportSource,
} from './export-release';
import type { PdfEngine } from './pdf-engine';

export interface BatchProgress extends ExportProgress {
  /** 1-based position of the release in the batch. */
  release: number;
  releases: number;
}

export type BatchItem =
  | { releaseId: string; ok: true; result: ExportResult }
  | { releaseId: string; ok: false; error: string };

export interface BatchOptions extends Omit<ExportOptions, 'onProgress'> {
  onProgress?: (progress: BatchProgress) => void;
}

export async function exportBatch(
  ids: readonly string[],
  load: (id: string) => Promise<ExportSource>,
  outDir: string,
  engine: PdfEngine | null,
  options: BatchOptions,
): Promise<BatchItem[]> {
  const items: BatchItem[] = [];
  for (const [index, releaseId] of ids.entries()) {
    options.signal?.throwIfAborted();
    try {
      const source = await load(releaseId);
      const result = await exportRelease(source, outDir, engine, {
        ...options,
        onProgress: (progress) =>
          options.onProgress?.({ ...progress, release: index + 1, releases: ids.length }),
      });
      items.push({ releaseId, ok: true, result });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      items.push({ releaseId, ok: false, error: failureText(error) });
    }
  }
  return items;
}
