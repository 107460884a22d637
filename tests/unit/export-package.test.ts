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
import type { Manifest } from '../../src/main/export/manifest';
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

  it('has an HTML page per language that validates, with its metadata', async () => {
    const out = await tempDir();
    const result = await exportFixture(release, out);
    const files = await readTree(result.path);
    const pages = ['index.html', ...langs.map((l) => `${l}.html`)];
    for (const page of pages) {
      expect(files.has(page), page).toBe(true);
      expect(await validationErrors(page, files.get(page)!.toString('utf8'))).toEqual([]);
    }
    for (const lang of langs) {
      const variant = release.variants[lang]!;
      const html = files.get(`${lang}.html`)!.toString('utf8');
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toContain(formatDateline(variant.datelinePlace, release.date, lang));
      for (const other of langs) {
        expect(html).toContain(`<link rel="alternate" hreflang="${other}" href="${other}.html">`);
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
    for (const lang of langs) expect(index).toContain(`href="${lang}.html"`);
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
    expect(result.path).toBe(join(out, `${release.id}.zip`));
    expect(await readdir(out)).toEqual([`${release.id}.zip`]);
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
    await exportFixture(release, out);
    await expect(exportFixture(release, out)).resolves.toBeTruthy();
    const foreign = approved(fullRelease);
    await mkdir(join(out, foreign.id));
    await writeFile(join(out, foreign.id, 'notes.txt'), 'mine');
    await expect(exportFixture(foreign, out)).rejects.toThrow(/not a Press Office package/);
    expect(await readFile(join(out, foreign.id, 'notes.txt'), 'utf8')).toBe('mine');
    expect((await readdir(out)).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
