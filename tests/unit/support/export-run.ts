import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Release } from '@shared/domain';
import type { Letterhead } from '@shared/letterhead';
import {
  exportRelease,
  type ExportOptions,
  type ExportResult,
} from '../../../src/main/export/export-release';
import type { PdfEngine } from '../../../src/main/export/pdf-engine';
import { FIXTURE_NOW, vocabulary } from '../../fixtures';
import { TEST_APP } from './export-releases';

/** Exports `release` into `outDir` with the fixture vocabulary and clock (and a letterhead, if given). */
export function exportFixture(
  release: Release,
  outDir: string,
  options: Partial<ExportOptions> = {},
  engine: PdfEngine | null = null,
  libraryDir: string | null = null,
  letterhead?: Letterhead,
): Promise<ExportResult> {
  const source = { release, vocabulary, revisions: [], libraryDir, letterhead };
  return exportRelease(source, outDir, engine, {
    formats: ['html', 'newsml'],
    app: TEST_APP,
    now: FIXTURE_NOW,
    ...options,
  });
}

/** Every file under `dir`, by package path (forward slashes). */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join('/'), await readFile(path));
  }
  return files;
}
