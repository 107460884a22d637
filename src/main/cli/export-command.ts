/**
 * `press-office export`: one or many releases into --out, through the same exporter as the
 * app, with Chromium (found by find-chromium.ts) as the PDF engine when PDFs are asked for.
 */
import { resolve } from 'node:path';
import type { Lang } from '@shared/languages';
import packageJson from '../../../package.json';
import { exportBatch, type BatchItem } from '../export/batch-export';
import { ChromiumPdfEngine } from '../export/chromium-engine';
import { normaliseFormats, type ExportFormat } from '../export/export-release';
import { findChromium } from '../export/find-chromium';
import { describeProblem, isUnoverridable } from '../export/gate';
import type { PdfEngine } from '../export/pdf-engine';
import { openExistingLibrary } from './open-library';

export interface ExportCommand {
  library: string;
  releases: string[];
  out: string;
  langs: Lang[] | undefined;
  formats: ExportFormat[];
  override: Lang[];
}

export const APP = { name: 'Press Office', version: packageJson.version };

/** What to tell the user about one release: the package path, left-out versions, or the error. */
export function reportLines(item: BatchItem): { out: string[]; err: string[] } {
  if (!item.ok) return { out: [], err: [`press-office: ${item.releaseId}: ${item.error}`] };
  const err = item.result.gate.blocked.map(
    (d) =>
      `press-office: ${item.releaseId}: left out ${d.lang}: ${d.problems.map(describeProblem).join('; ')}` +
      (d.problems.some(isUnoverridable) ? '' : ` (--override ${d.lang} includes it)`),
  );
  return { out: [item.result.path], err };
}

export async function runExport(
  command: ExportCommand,
  signal: AbortSignal,
  write: { out: (line: string) => void; err: (line: string) => void },
): Promise<boolean> {
  const library = await openExistingLibrary(command.library);
  let engine: PdfEngine | null = null;
  try {
    if (normaliseFormats(command.formats).has('pdf'))
      engine = await ChromiumPdfEngine.launch(await findChromium());
    const items = await exportBatch(
      command.releases,
      async (id) => ({
        release: await library.getRelease(id),
        vocabulary: library.listVocabulary(),
        revisions: await library.listRevisions(id),
        libraryDir: library.dir,
        letterhead: library.getSettings().letterhead,
      }),
      resolve(command.out),
      engine,
      {
        formats: command.formats,
        langs: command.langs,
        override: command.override,
        app: APP,
        exportedBy: library.getSettings().userName || null,
        signal,
      },
    );
    for (const item of items) {
      const lines = reportLines(item);
      lines.out.forEach(write.out);
      lines.err.forEach(write.err);
    }
    return items.every((item) => item.ok);
  } finally {
    await engine?.close();
    await library.close();
  }
}
