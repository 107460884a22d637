/**
 * Exports one release as a publication package: the gate picks the language versions, each
 * gets its HTML page, PDF and NewsML item as asked, and the whole goes out as a folder
 * (<out>/<date>-<slug>/) or a zip (<out>/<date>-<slug>.zip) with its manifest. Work happens in a hidden staging
 * folder inside <out>, so a cancelled or failed export leaves nothing half-written behind.
 */
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Release, Revision, VocabularyEntry } from '@shared/domain';
import type { Lang } from '@shared/languages';
import type { Letterhead } from '@shared/letterhead';
import { AppError } from '../errors';
import { activeEmbargo } from './embargo';
import { loadFontFiles } from './fonts';
import { describeProblem, evaluateGate, type CheckFinding, type GateResult } from './gate';
import { languageView, type LanguageView } from './language-view';
import { buildManifest, MANIFEST_PATH, type Manifest } from './manifest';
import { newsItemFile, PACKAGE_ITEM_FILE, renderNewsItem, renderPackageItem } from './newsml';
import { textFile, type PackageFile } from './package-file';
import { packageNames, releasePackageNames, type PackageNames } from './package-names';
import { clearOwnPackage, packageOwner } from './package-owner';
import { zipPackage } from './package-zip';
import type { PdfEngine } from './pdf-engine';
import {
  logoPackagePath,
  renderIndexPage,
  renderLanguagePage,
  type PackagePages,
} from './render-html';
import { stylesheet, STYLESHEET_PATH } from './stylesheet';

export const EXPORT_FORMATS = ['html', 'pdf', 'newsml', 'zip'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export reads: the release and what it refers to. */
export interface ExportSource {
  release: Release;
  vocabulary: readonly VocabularyEntry[];
  /** The release's revisions, for what each approval was based on; may be empty. */
  revisions: readonly Revision[];
  /** The library folder, whose assets/ holds the body's images; null when it has none. */
  libraryDir: string | null;
  /** The library's letterhead (settings); none when absent. */
  letterhead?: Letterhead;
}

export interface ExportProgress {
  releaseId: string;
  step: number;
  total: number;
  /** What was just done, e.g. "pdf kk". */
  label: string;
}

export interface ExportOptions {
  /** html, pdf and newsml choose the contents; zip packs them into one file. */
  formats: readonly ExportFormat[];
  langs?: readonly Lang[];
  /** Versions to include although the gate blocks them; the manifest records it. */
  override?: readonly Lang[];
  findings?: readonly CheckFinding[];
  app: { name: string; version: string };
  exportedBy?: string | null;
  /** Export time, also the moment the embargo is judged at. */
  now?: Date;
  /** A folder holding the font files flat (the app's resources); see fonts.ts. */
  fontsDir?: string;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
}

export interface ExportResult {
  releaseId: string;
  /** The package folder or zip file written. */
  path: string;
  gate: GateResult;
  manifest: Manifest;
}

/** The gate let no version through; `gate.blocked` says why. */
export class ExportBlockedError extends Error {
  override name = 'ExportBlockedError';
  constructor(
    readonly releaseId: string,
    readonly gate: GateResult,
  ) {
    const reasons = gate.blocked
      .map((d) => `${d.lang}: ${d.problems.map(describeProblem).join('; ')}`)
      .join(' | ');
    super(`no language version may be exported (${reasons})`);
  }
}

/** A failure as one line for a person: an AppError's specifics rather than its generic text. */
export function failureText(error: unknown): string {
  const text =
    error instanceof AppError
      ? (error.detail ?? error.message)
      : error instanceof Error
        ? error.message
        : String(error);
  return text.split('\n').map((line) => line.trim()).filter(Boolean).join(' ');
}

/** The formats asked for; a bare "zip" means the standard package, HTML and PDF zipped. */
export function normaliseFormats(formats: readonly ExportFormat[]): Set<ExportFormat> {
  const set = new Set(formats);
  if ([...set].every((format) => format === 'zip')) set.add('html').add('pdf');
  return set;
}

function stepCount(formats: ReadonlySet<ExportFormat>, langs: number): number {
  const pages = formats.has('html') || formats.has('pdf') ? langs + 1 : 0;
  const pdfs = formats.has('pdf') ? langs : 0;
  const newsml = formats.has('newsml') ? langs + 1 : 0;
  return 1 + pages + pdfs + newsml + 1;
}

async function readImages(
  source: ExportSource,
  views: readonly LanguageView[],
): Promise<PackageFile[]> {
  const logo = source.letterhead?.logo;
  const wanted = new Map([
    ...views.flatMap((v) => v.body.images).map((img) => [img.packagePath, img.asset] as const),
    ...(logo ? [[logoPackagePath(logo), logo] as const] : []),
  ]);
  return Promise.all(
    [...wanted].map(async ([path, asset]) => {
      if (!source.libraryDir) throw new AppError('not-found', `image ${asset}: no library folder`);
      const bytes = await readFile(join(source.libraryDir, asset)).catch(() => {
        throw new AppError('not-found', `image ${asset} of release ${source.release.id}`);
      });
      return { path, bytes: new Uint8Array(bytes) };
    }),
  );
}

async function writeFiles(root: string, files: readonly PackageFile[]): Promise<void> {
  for (const file of files) {
    const path = join(root, ...file.path.split('/'));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.bytes);
  }
}

/**
 * The package's names and path: `<date>-<slug>`, or `<date>-<slug>-<id>` when another
 * release's package (same day, same title) or a file that is not a package holds that name.
 * An earlier package of the same release under the name is replaced, nothing else is.
 */
async function choosePackageTarget(
  release: Release,
  outDir: string,
  zip: boolean,
): Promise<{ names: PackageNames; target: string }> {
  const preferred = releasePackageNames(release);
  for (const names of [preferred, packageNames(`${preferred.base}-${release.id}`)]) {
    const target = join(outDir, zip ? `${names.base}.zip` : names.base);
    const owner = await packageOwner(target);
    if (owner.kind === 'free' || (owner.kind === 'package' && owner.releaseId === release.id))
      return { names, target };
  }
  throw new AppError('conflict', `${join(outDir, preferred.base)} and its alternative are taken`);
}

export async function exportRelease(
  source: ExportSource,
  outDir: string,
  engine: PdfEngine | null,
  options: ExportOptions,
): Promise<ExportResult> {
  const { release } = source;
  const formats = normaliseFormats(options.formats);
  if (formats.has('pdf') && !engine) throw new Error('PDF export needs a PDF engine');
  const now = options.now ?? new Date();
  options.signal?.throwIfAborted();

  const gate = evaluateGate(release, {
    langs: options.langs,
    findings: options.findings,
    override: options.override,
  });
  if (gate.included.length === 0) throw new ExportBlockedError(release.id, gate);

  const total = stepCount(formats, gate.included.length);
  let step = 0;
  const progress = (label: string) => {
    step += 1;
    options.onProgress?.({ releaseId: release.id, step, total, label });
    options.signal?.throwIfAborted();
  };

  const embargo = activeEmbargo(release.embargo, now);
  const views = gate.included.map((lang) =>
    languageView(release, lang, source.vocabulary, embargo),
  );
  const generator = `${options.app.name} ${options.app.version}`;
  const { names, target } = await choosePackageTarget(release, outDir, formats.has('zip'));
  const pages: PackagePages = {
    release,
    views,
    hasPdf: formats.has('pdf'),
    generator,
    names,
    letterhead: source.letterhead,
    embargo,
  };

  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(join(outDir, `.${release.id}.export-`));
  const packageDir = join(staging, 'package');
  try {
    // Stylesheet, fonts and images go to disk first: the PDF engine loads them from there.
    const support = [
      textFile(
        STYLESHEET_PATH,
        stylesheet(
          Object.fromEntries(views.flatMap((v) => (v.embargo ? [[v.lang, v.embargo]] : []))),
        ),
      ),
      ...(await loadFontFiles(options.fontsDir)),
      ...(await readImages(source, views)),
    ];
    await writeFiles(packageDir, support);
    progress('assets');

    const delivered: PackageFile[] = formats.has('html') ? [...support] : [];
    const html = new Map<Lang, string>();
    if (formats.has('html') || formats.has('pdf')) {
      for (const view of views) {
        html.set(view.lang, renderLanguagePage(pages, view));
        if (formats.has('html'))
          delivered.push(textFile(names.page(view.lang), html.get(view.lang)!));
        progress(`html ${view.lang}`);
      }
      if (formats.has('html')) delivered.push(textFile('index.html', renderIndexPage(pages)));
      progress('html index');
    }

    const pdfSizes: Partial<Record<Lang, number>> = {};
    if (formats.has('pdf') && engine) {
      for (const view of views) {
        const pdf = await engine.render(html.get(view.lang)!, packageDir);
        pdfSizes[view.lang] = pdf.byteLength;
        delivered.push({ path: names.pdf(view.lang), bytes: pdf });
        progress(`pdf ${view.lang}`);
      }
    }

    if (formats.has('newsml')) {
      const input = {
        release,
        views,
        vocabulary: source.vocabulary,
        embargo,
        names,
        pdfSizes,
        hasHtml: formats.has('html'),
        generator: options.app,
      };
      for (const view of views) {
        delivered.push(textFile(newsItemFile(view.lang), renderNewsItem(input, view)));
        progress(`newsml ${view.lang}`);
      }
      delivered.push(textFile(PACKAGE_ITEM_FILE, renderPackageItem(input)));
      progress('newsml package');
    }

    const manifest = buildManifest({
      release,
      gate,
      views,
      embargo,
      revisions: source.revisions,
      files: delivered,
      app: options.app,
      exportedAt: now,
      exportedBy: options.exportedBy ?? null,
    });
    const all = [...delivered, textFile(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`)];

    if (formats.has('zip')) {
      const zipPath = join(staging, 'package.zip');
      await writeFile(zipPath, zipPackage(all, now));
      await clearOwnPackage(target, release.id);
      await rename(zipPath, target);
    } else {
      if (!formats.has('html')) await rm(packageDir, { recursive: true, force: true });
      const supportPaths = new Set(support.map((file) => file.path));
      await writeFiles(
        packageDir,
        formats.has('html') ? all.filter((f) => !supportPaths.has(f.path)) : all,
      );
      await clearOwnPackage(target, release.id);
      await rename(packageDir, target);
    }
    await rm(staging, { recursive: true, force: true });
    // The package is complete: a cancel arriving now changes nothing, so no abort check.
    options.onProgress?.({ releaseId: release.id, step: total, total, label: 'done' });
    return { releaseId: release.id, path: target, gate, manifest };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
