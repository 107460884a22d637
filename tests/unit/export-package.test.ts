/**
 * The package without PDFs: HTML pages that validate, metadata in every language, NewsML,
 * manifest checksums; folder and zip forms.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { formatDateline } from '@shared/date-format';
import type { Release } from '@shared/domain';
import { LANGS } from '@shared/languages';
import type { ExportFormat } from '../../src/main/export/export-release';
import type { Manifest } from '../../src/main/export/manifest';
import { releasePackageNames } from '../../src/main/export/package-names';
import { fullRelease, sevenLanguageItem, vocabulary } from '../fixtures';
import { approved } from './support/export-releases';
import { exportFixture, readTree } from './support/export-run';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function validationErrors(name: string, html: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) =>
    r.messages
      .filter((m) => m.severity === 2)
      .map((m) => `${name}:${m.line} ${m.ruleId} ${m.message}`),
  );
}

function jsonLd(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no JSON-LD');
  return JSON.parse(match[1]!) as Record<string, unknown>;
}

describe.each([
  ['seven-language news item', sevenLanguageItem],
  ['full en+ru press release', fullRelease],
])('%s as a package', (_name, fixture: Release) => {
  const release = approved(fixture);
  const langs = LANGS.filter((lang) => release.variants[lang]);
  const names = releasePackageNames(release);

  it('has an HTML page per language that validates, with its metadata', async () => {
    const out = await tempDir();
    const result = await exportFixture(release, out);
    const files = await readTree(result.path);
    const pages = ['index.html', ...langs.map((l) => names.page(l))];
    for (const page of pages) {
      expect(files.has(page), page).toBe(true);
      expect(await validationErrors(page, files.get(page)!.toString('utf8'))).toEqual([]);
    }
    for (const lang of langs) {
      const variant = release.variants[lang]!;
      const html = files.get(names.page(lang))!.toString('utf8');
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toContain(formatDateline(variant.datelinePlace, release.date, lang));
      for (const other of langs) {
        expect(html).toContain(
          `<link rel="alternate" hreflang="${other}" href="${names.page(other)}">`,
        );
      }
      expect(html).toContain('<meta property="og:type" content="article">');
      expect(html).toMatch(/<meta name="description" content="[^"]+">/);
      expect(html).toContain('content="default-src &#39;none&#39;; ');
      const ld = jsonLd(html);
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.inLanguage).toBe(lang);
      expect(ld.headline).toBe(variant.title);
      // Tags are printed with the vocabulary's label in this language.
      const csto = vocabulary.find((entry) => entry.id === 'csto')!;
      expect(html).toContain(`<li>${csto.labels[lang]}</li>`);
    }
    const index = files.get('index.html')!.toString('utf8');
    for (const lang of langs) expect(index).toContain(`href="${names.page(lang)}"`);
    expect(files.has('styles/release.css')).toBe(true);
    expect(
      [...files.keys()].filter((p) => p.startsWith('fonts/') && p.endsWith('.woff2')).length,
    ).toBe(18);
    expect(files.has('fonts/LICENSE-noto-sans.txt')).toBe(true);
  });

  it('lists every file in the manifest with its SHA-256', async () => {
    const out = await tempDir();
    const result = await exportFixture(release, out);
    const files = await readTree(result.path);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Manifest;
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      [...files.keys()].filter((p) => p !== 'manifest.json').sort(),
    );
    for (const entry of manifest.files) {
      expect(sha256(files.get(entry.path)!), entry.path).toBe(entry.sha256);
      expect(files.get(entry.path)!.byteLength).toBe(entry.bytes);
    }
    expect(manifest.release).toMatchObject({
      id: release.id,
      kind: release.kind,
      date: release.date,
    });
    expect(manifest.app.version).toBe('0.0.0-test');
    expect(manifest.embargo).toBeNull();
    for (const language of manifest.languages) {
      expect(language).toMatchObject({
        included: true,
        status: 'approved',
        approvedBy: 'Editor on duty',
      });
      expect(language.approvedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  });

  it('writes the same package as one zip', async () => {
    const out = await tempDir();
    const result = await exportFixture(release, out, { formats: ['html', 'newsml', 'zip'] });
    expect(result.path).toBe(join(out, `${names.base}.zip`));
    expect(await readdir(out)).toEqual([`${names.base}.zip`]);
    const entries = unzipSync(new Uint8Array(await readFile(result.path)));
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Manifest;
    for (const entry of manifest.files) expect(sha256(entries[entry.path]!)).toBe(entry.sha256);
    expect(Object.keys(entries)).toContain(`newsml/${langs[0]}.xml`);
  });
});

describe('re-export', () => {
  it('replaces an earlier package of the same release but never a foreign folder', async () => {
    const out = await tempDir();
    const release = approved(sevenLanguageItem);
    const first = await exportFixture(release, out);
    await expect(exportFixture(release, out)).resolves.toMatchObject({ path: first.path });
    const foreign = approved(fullRelease);
    const base = releasePackageNames(foreign).base;
    await mkdir(join(out, base));
    await writeFile(join(out, base, 'notes.txt'), 'mine');
    // The name is taken by something else: the package goes beside it, under its id.
    const beside = await exportFixture(foreign, out);
    expect(beside.path).toBe(join(out, `${base}-${foreign.id}`));
    expect(await readFile(join(out, base, 'notes.txt'), 'utf8')).toBe('mine');
    await mkdir(join(out, `${base}-${foreign.id}`, 'more'));
    await writeFile(join(out, `${base}-${foreign.id}`, 'manifest.json'), '{}');
    await expect(exportFixture(foreign, out)).rejects.toThrow(/taken/);
    expect((await readdir(out)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('gives a second release of the same day and title its own package, in both forms', async () => {
    const out = await tempDir();
    const release = approved(fullRelease);
    const twin = { ...structuredClone(release), id: `${release.id}-twin` };
    const base = releasePackageNames(release).base;
    for (const formats of [['html'], ['html', 'zip']] satisfies ExportFormat[][]) {
      const ext = formats.includes('zip') ? '.zip' : '';
      const one = await exportFixture(release, out, { formats });
      const two = await exportFixture(twin, out, { formats });
      expect(one.path).toBe(join(out, `${base}${ext}`));
      expect(two.path).toBe(join(out, `${base}-${twin.id}${ext}`));
      // Exported again, each replaces its own package and leaves the other alone.
      await exportFixture(release, out, { formats });
      expect((await exportFixture(twin, out, { formats })).path).toBe(two.path);
    }
    expect((await readdir(out)).sort()).toEqual(
      [base, `${base}-${release.id}-twin`, `${base}-${release.id}-twin.zip`, `${base}.zip`].sort(),
    );
  });
});
