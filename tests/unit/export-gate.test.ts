/**
 * The export gate, the embargo stamp and the export's progress, cancel and batch behaviour.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Release, Variant } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { exportBatch } from '../../src/main/export/batch-export';
import { activeEmbargo } from '../../src/main/export/embargo';
import { ExportBlockedError, type ExportProgress } from '../../src/main/export/export-release';
import { evaluateGate } from '../../src/main/export/gate';
import { checkVerdicts } from '../../src/main/export-jobs/check-gate';
import { planExport } from '../../src/main/export-jobs/export-plan';
import type { Manifest } from '../../src/main/export/manifest';
import { releasePackageNames } from '../../src/main/export/package-names';
import { embargoedAdvisory, fullRelease, sevenLanguageItem, vocabulary } from '../fixtures';
import { approved, TEST_APP, withSourceEdited, withStatus } from './support/export-releases';
import { exportFixture, readTree } from './support/export-run';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

describe('gate', () => {
  it('leaves an outdated translation out by default and lists why', () => {
    const release = withSourceEdited(approved(fullRelease));
    const gate = evaluateGate(release);
    expect(gate.included).toEqual(['en']);
    expect(gate.blocked).toHaveLength(1);
    expect(gate.blocked[0]).toMatchObject({ lang: 'ru', included: false, overridden: false });
    expect(gate.blocked[0]!.problems).toEqual([expect.objectContaining({ code: 'outdated' })]);
  });

  it('counts a translation never compared with its source as not current', () => {
    const release = withStatus(fullRelease, 'approved');
    expect(release.variants.ru!.sourceBase).toBeNull();
    expect(evaluateGate(release).blocked).toEqual([
      { lang: 'ru', included: false, overridden: false, problems: [{ code: 'untracked' }] },
    ]);
  });

  it('includes it on an explicit override, and the manifest records that', async () => {
    const release = withSourceEdited(approved(fullRelease));
    const out = await tempDir();
    const result = await exportFixture(release, out, {
      override: ['ru'],
      exportedBy: 'Duty editor',
    });
    expect(result.gate.included).toEqual(['ru', 'en']);
    const files = await readTree(result.path);
    expect(files.has(releasePackageNames(release).page('ru'))).toBe(true);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Manifest;
    expect(manifest.override).toEqual({ langs: ['ru'], by: 'Duty editor' });
    const ru = manifest.languages.find((l) => l.lang === 'ru')!;
    expect(ru).toMatchObject({ included: true, overridden: true });
    expect(ru.problems).toEqual([expect.objectContaining({ code: 'outdated' })]);

    const plain = await exportFixture(release, await tempDir());
    const plainFiles = await readTree(plain.path);
    expect(plainFiles.has(releasePackageNames(release).page('ru'))).toBe(false);
    const plainManifest = JSON.parse(plainFiles.get('manifest.json')!.toString('utf8')) as Manifest;
    expect(plainManifest.override).toBeNull();
    expect(plainManifest.languages.find((l) => l.lang === 'ru')).toMatchObject({ included: false });
  });

  it('blocks unapproved versions and failed checks; a missing version cannot be forced in', () => {
    const release = withStatus(approved(sevenLanguageItem), 'in-review', ['kk']);
    const gate = evaluateGate(release, {
      langs: ['en', 'kk', 'hy'],
      findings: [{ lang: 'hy', check: 'numbers', message: '34 is missing' }],
    });
    expect(gate.included).toEqual(['en']);
    expect(gate.blocked.map((d) => [d.lang, d.problems.map((p) => p.code)])).toEqual([
      ['hy', ['check-failed']],
      ['kk', ['not-approved']],
    ]);
    const forced = evaluateGate(release, { langs: ['kk'], override: ['kk'] });
    expect(forced.included).toEqual(['kk']);
    const missing = evaluateGate(approved(fullRelease), { langs: ['tg'], override: ['tg'] });
    expect(missing.included).toEqual([]);
    expect(missing.blocked[0]!.problems).toEqual([{ code: 'missing' }]);
  });

  it('refuses to export when nothing passes', async () => {
    await expect(exportFixture(embargoedAdvisory, await tempDir())).rejects.toBeInstanceOf(
      ExportBlockedError,
    );
  });
});

describe('embargo', () => {
  const advisory = approved(embargoedAdvisory);
  // 10:00 in Minsk (UTC+3) is 07:00 UTC.
  const justBefore = new Date('2023-08-25T06:59:00Z');
  const atLift = new Date('2023-08-25T07:00:00Z');

  it('is judged on the instant in the embargo’s own zone', () => {
    expect(activeEmbargo(advisory.embargo, justBefore)?.liftsAtZoned).toBe(
      '2023-08-25T10:00:00+03:00',
    );
    expect(activeEmbargo(advisory.embargo, atLift)).toBeNull();
    expect(() =>
      activeEmbargo({ until: '2023-08-25T10:00', timeZone: 'Europe/Atlantis' }, atLift),
    ).toThrow(/Atlantis/);
  });

  it('stamps every HTML and NewsML file in its own language, and the manifest carries it', async () => {
    const result = await exportFixture(advisory, await tempDir(), { now: justBefore });
    const files = await readTree(result.path);
    const notices = {
      ru: 'ЭМБАРГО ДО 25 августа 2023 г., 10:00 (Europe/Minsk, UTC+03:00)',
      en: 'EMBARGOED UNTIL 25 August 2023, 10:00 (Europe/Minsk, UTC+03:00)',
    };
    // Each page opens with a stamp: the word, and the time it lifts, in the page's language.
    const stamps = {
      ru: ['ЭМБАРГО', 'Не для публикации до 25 августа 2023 г., 10:00 (Europe/Minsk, UTC+03:00)'],
      en: ['EMBARGO', 'Not for publication before 25 August 2023, 10:00 (Europe/Minsk, UTC+03:00)'],
    };
    const names = releasePackageNames(advisory);
    for (const [lang, [word, until]] of Object.entries(stamps)) {
      const page = files.get(names.page(lang as Lang))!.toString('utf8');
      expect(page, lang).toContain(`<p class="embargo-stamp__word">${word}</p>`);
      expect(page, lang).toContain(`<p class="embargo-stamp__until">${until}</p>`);
      // Before the article: the first thing of the release a reader meets.
      expect(page.indexOf('embargo-stamp'), lang).toBeLessThan(page.indexOf('<article>'));
    }
    for (const [lang, notice] of Object.entries(notices)) {
      expect(files.get(`newsml/${lang}.xml`)!.toString('utf8'), lang).toContain(notice);
      expect(files.get('index.html')!.toString('utf8'), lang).toContain(notice);
      expect(files.get('newsml/package.xml')!.toString('utf8'), lang).toContain(notice);
    }
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Manifest;
    expect(manifest.embargo).toEqual({
      until: '2023-08-25T10:00',
      timeZone: 'Europe/Minsk',
      liftsAt: '2023-08-25T10:00:00+03:00',
      notice: notices,
    });
    expect(files.get('newsml/en.xml')!.toString('utf8')).toContain(
      '<embargoed>2023-08-25T10:00:00+03:00</embargoed>',
    );
  });

  it('is gone from every file once lifted', async () => {
    const result = await exportFixture(advisory, await tempDir(), { now: atLift });
    const files = await readTree(result.path);
    for (const [path, bytes] of files) {
      if (/\.(html|xml|json)$/.test(path))
        expect(bytes.toString('utf8'), path).not.toMatch(/EMBARGO|ЭМБАРГО/);
    }
  });
});

describe('progress, cancel and batch', () => {
  it('reports every step up to the total', async () => {
    const steps: ExportProgress[] = [];
    await exportFixture(approved(sevenLanguageItem), await tempDir(), {
      onProgress: (p) => steps.push(p),
    });
    expect(steps.map((s) => s.step)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.at(-1)).toMatchObject({ step: steps[0]!.total, label: 'done' });
    expect(steps.map((s) => s.label)).toContain('html kk');
  });

  it('stops on abort and leaves nothing behind', async () => {
    const out = await tempDir();
    const controller = new AbortController();
    const run = exportFixture(approved(sevenLanguageItem), out, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.label === 'html hy') controller.abort(new Error('user cancelled'));
      },
    });
    await expect(run).rejects.toThrow('user cancelled');
    expect(await readdir(out)).toEqual([]);
  });

  it('exports many releases into one folder and reports the one that fails', async () => {
    const out = await tempDir();
    const releases = new Map<string, Release>(
      [approved(sevenLanguageItem), approved(fullRelease), embargoedAdvisory].map((r) => [r.id, r]),
    );
    const items = await exportBatch(
      [...releases.keys()],
      async (id) => ({ release: releases.get(id)!, vocabulary, revisions: [], libraryDir: null }),
      out,
      null,
      { formats: ['html', 'zip'], app: TEST_APP },
    );
    expect(items.map((i) => [i.releaseId, i.ok])).toEqual([
      ['diplomacy-school-2024', true],
      ['combat-brotherhood-2023', true],
      ['accreditation-combat-brotherhood-2023', false],
    ]);
    expect(items[2]).toMatchObject({ error: expect.stringMatching(/not approved/) });
    const zipOf = (id: string) => `${releasePackageNames(releases.get(id)!).base}.zip`;
    expect((await readdir(out)).sort()).toEqual(
      [zipOf('combat-brotherhood-2023'), zipOf('diplomacy-school-2024')].sort(),
    );
    expect(
      (await readFile(join(out, zipOf('diplomacy-school-2024')))).subarray(0, 2).toString(),
    ).toBe('PK');
  });
});

describe('an empty version never goes out', () => {
  const emptied = (release: Release, patch: Partial<Pick<Variant, 'title' | 'body'>>): Release => ({
    ...release,
    variants: { ...release.variants, en: { ...release.variants.en!, ...patch } },
  });

  it('an empty title or text is a problem no override sets aside', () => {
    const release = approved(fullRelease);
    const noTitle = emptied(release, { title: '  ' });
    const noText = emptied(release, { body: { type: 'doc', content: [{ type: 'paragraph' }] } });
    for (const [broken, part] of [
      [noTitle, 'title'],
      [noText, 'body'],
    ] as const) {
      const gate = evaluateGate(broken, { override: ['en', 'ru'] });
      const en = gate.decisions.find((d) => d.lang === 'en')!;
      expect(en.problems).toContainEqual({ code: 'empty', part });
      expect(en).toMatchObject({ included: false, overridden: false });
      expect(gate.included).not.toContain('en');
    }
  });

  it('the checks report an empty text as blocking, in the source and in a translation', () => {
    const release = emptied(approved(fullRelease), {
      title: '',
      body: { type: 'doc', content: [] },
    });
    const verdicts = checkVerdicts(release, vocabulary);
    expect(verdicts.en!.blocking.map((f) => ('at' in f ? f.at.part : null))).toEqual([
      'title',
      'body',
    ]);
    const plan = planExport({ release, vocabulary }, { now: new Date(), destination: '/tmp/x' });
    expect(plan.languages.find((l) => l.lang === 'en')).toMatchObject({
      included: false,
      overridable: false,
    });
  });
});
