import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { xliff12ToJs, xliff2js } from 'xliff';
import type { Release, TiptapNode } from '@shared/domain';
import { paragraphsOf } from '@shared/review/paragraphs';
import { reviewRelease } from '../../src/main/review/report';
import { saveEdited } from '../../src/main/review/save';
import { bodyUnits } from '../../src/main/translation/body-units';
import { exportXliff } from '../../src/main/translation/xliff-export';
import { importXliff } from '../../src/main/translation/xliff-import';
import { useTempDirs } from './support/temp-dir';
import { openTranslationLibrary, RU_BODY, TERM_KK, TERM_RU, TRANSLATIONS } from './support/translation-fixtures';
import { checkXliffStructure } from './support/xliff-structure';
import { translateXliff } from './support/xliff-translator';

const tempDir = useTempDirs();

function xmllint(file: string): void {
  // Well-formed and namespace-well-formed for libxml2, a parser independent of the app's.
  execFileSync('xmllint', ['--noout', '--nonet', file], { stdio: 'pipe' });
}

/** A node's marks are a set: ProseMirror orders them by its schema, not as written. */
function marksAsSets(nodes: TiptapNode[]): TiptapNode[] {
  return nodes.map((node) => ({
    ...node,
    ...(node.marks ? { marks: [...node.marks].sort((a, b) => a.type.localeCompare(b.type)) } : {}),
    ...(node.content ? { content: marksAsSets(node.content) } : {}),
  }));
}

function texts(release: Release, lang: 'kk' | 'hy' | 'ru'): string[] {
  return paragraphsOf(release.variants[lang]!.body).map((p) => p.text);
}

describe('XLIFF export', () => {
  for (const version of ['2.0', '1.2'] as const) {
    it(`writes ${version}: one unit per title, lead and paragraph, read by libxml2 and by the xliff library`, async () => {
      const dir = await tempDir();
      const { library, ctx, release } = await openTranslationLibrary(join(dir, 'lib'));
      const xml = await exportXliff(ctx, { releaseIds: [release.id], targetLang: 'kk', version });
      const file = join(dir, `out-${version}.xlf`);
      await writeFile(file, xml);
      xmllint(file);
      checkXliffStructure(xml);

      const read = version === '2.0' ? await xliff2js(xml) : await xliff12ToJs(xml);
      expect(read.sourceLanguage).toBe('ru');
      expect(read.targetLanguage).toBe('kk');
      const units = read.resources[version === '2.0' ? release.id : `releases/${release.id}.json`]!;
      const ids = Object.keys(units);
      expect(ids.slice(0, 2)).toEqual(['title', 'lead']);
      // Seven body paragraphs (heading, two paragraphs, two list items, two more), ids from fingerprints.
      expect(ids.slice(2)).toHaveLength(bodyUnits(RU_BODY).length);
      expect(ids.slice(2).every((id) => /^p-[0-9a-f]{14}$/.test(id))).toBe(true);
      const bold = units[ids[3]!]!.source as unknown[];
      // "В учениях приняли участие <b>более 2500 военнослужащих</b> из <i>семи государств</i>."
      expect(bold).toHaveLength(5);
      expect(bold[0]).toBe('В учениях приняли участие ');
      expect(JSON.stringify(bold[1])).toContain('более 2500 военнослужащих');
      expect(xml).toContain(version === '2.0' ? 'subType="xlf:b"' : 'ctype="bold"');
      expect(xml).toContain(version === '2.0' ? 'subType="xlf:lb"' : 'ctype="lb"');
      expect(xml).toContain('https://example.org/news?id=7&amp;amp;lang=ru');
      // Notes: the open comment and the vocabulary's name for the term.
      expect(xml).toContain('Проверьте число участников');
      expect(xml).toContain(`${TERM_RU} → ${TERM_KK}`);
      await library.close();
    });
  }

  it('refuses a batch mixing source languages and a target that is the source', async () => {
    const { library, ctx, release } = await openTranslationLibrary(await tempDir());
    const kkSource = await library.createRelease({ kind: 'news', sourceLang: 'kk', title: 'Жаңалық' });
    await expect(exportXliff(ctx, { releaseIds: [release.id, kkSource.id], targetLang: 'hy', version: '2.0' })).rejects.toThrow(/export them separately/);
    await expect(exportXliff(ctx, { releaseIds: [release.id], targetLang: 'ru', version: '2.0' })).rejects.toThrow(/source language/);
    await library.close();
  });
});

describe('XLIFF import', () => {
  for (const [version, lang] of [['2.0', 'kk'], ['1.2', 'hy'], ['2.0', 'hy'], ['1.2', 'kk']] as const) {
    it(`${version} → ${lang}: a fully translated file becomes the ${lang} version with its formatting`, async () => {
      const { library, ctx, release } = await openTranslationLibrary(await tempDir());
      const exported = await exportXliff(ctx, { releaseIds: [release.id], targetLang: lang, version });
      const dict = TRANSLATIONS[lang];
      const [report] = await importXliff(ctx, translateXliff(exported, dict));
      expect(report!.units.every((u) => u.outcome === 'imported')).toBe(true);
      expect(report!.savedRev).not.toBeNull();

      const stored = await library.getRelease(release.id);
      const version_ = stored.variants[lang]!;
      expect(version_.title).toBe(dict['Учения «Взаимодействие-2026»']);
      expect(version_.lead).toBe(dict['Учения прошли в Казахстане.']);
      // Same structure as the source: heading, paragraphs, the list; each text node translated
      // and carrying the marks of its source node.
      const translate = (node: TiptapNode): TiptapNode => ({
        ...node,
        ...(node.text !== undefined ? { text: dict[node.text] } : {}),
        ...(node.content ? { content: node.content.map(translate) } : {}),
      });
      expect(marksAsSets(version_.body.content!)).toEqual(marksAsSets(RU_BODY.content!.map(translate)));
      // Brought up to date with the source as it is: nothing outdated.
      const review = await reviewRelease(ctx, release.id);
      expect(review.versions.find((v) => v.lang === lang)!.outdated!.state).toBe('current');
      await library.close();
    });
  }

  it('flags a unit whose source paragraph changed since the export: imported, and shown as outdated', async () => {
    const { library, ctx, release } = await openTranslationLibrary(await tempDir());
    const exported = await exportXliff(ctx, { releaseIds: [release.id], targetLang: 'kk', version: '2.0' });
    const source = release.variants.ru!;
    const edited = structuredClone(source.body);
    edited.content![4] = { type: 'paragraph', content: [{ type: 'text', text: `${TERM_RU} — региональная организация.` }] };
    await saveEdited(ctx, { ...release, variants: { ...release.variants, ru: { ...source, body: edited } } });

    const [report] = await importXliff(ctx, translateXliff(exported, TRANSLATIONS.kk));
    const flagged = report!.units.filter((u) => u.outcome === 'imported-source-changed');
    expect(flagged.map((u) => u.place)).toEqual(['body.5']);
    expect(report!.units.filter((u) => u.outcome === 'imported')).toHaveLength(report!.units.length - 1);
    const stored = await library.getRelease(release.id);
    expect(texts(stored, 'kk')[5]).toBe(`${TERM_KK} — халықаралық ұйым.`);
    const outdated = (await reviewRelease(ctx, release.id)).versions.find((v) => v.lang === 'kk')!.outdated!;
    expect(outdated.state).toBe('outdated');
    expect(outdated.paragraphs).toEqual([expect.objectContaining({ kind: 'changed', after: 5 })]);
    await library.close();
  });

  it('does not write over text edited after the export unless told to, and says what differs', async () => {
    const { library, ctx, release } = await openTranslationLibrary(await tempDir());
    // A first round: the kk version exists; then it is exported for review.
    await importXliff(ctx, translateXliff(await exportXliff(ctx, { releaseIds: [release.id], targetLang: 'kk', version: '2.0' }), TRANSLATIONS.kk));
    const exported = await exportXliff(ctx, { releaseIds: [release.id], targetLang: 'kk', version: '2.0' });
    // Meanwhile an editor in the centre changes the lead of the kk version.
    const before = await library.getRelease(release.id);
    const kk = before.variants.kk!;
    await saveEdited(ctx, { ...before, variants: { ...before.variants, kk: { ...kk, lead: 'Жаттығу Қазақстанда сәтті өтті.' } } });
    // The reviewer's file changes the lead and the title.
    const reviewed = { ...TRANSLATIONS.kk, 'Учения прошли в Казахстане.': 'Жаттығу Қазақстан аумағында өтті.', 'Учения «Взаимодействие-2026»': '«Өзара іс-қимыл-2026» бірлескен жаттығуы' };
    const file = translateXliff(exported, reviewed);

    const [dry] = await importXliff(ctx, file, { dryRun: true });
    expect(dry!.savedRev).toBeNull();
    const [report] = await importXliff(ctx, file);
    const lead = report!.units.find((u) => u.id === 'lead')!;
    expect(lead).toEqual({ id: 'lead', place: 'lead', outcome: 'target-newer', current: 'Жаттығу Қазақстанда сәтті өтті.', imported: 'Жаттығу Қазақстан аумағында өтті.' });
    expect(report!.units.find((u) => u.id === 'title')!.outcome).toBe('imported');
    expect(report!.units.filter((u) => u.outcome === 'unchanged')).toHaveLength(bodyUnits(RU_BODY).length);
    let stored = await library.getRelease(release.id);
    expect(stored.variants.kk!.lead).toBe('Жаттығу Қазақстанда сәтті өтті.');
    expect(stored.variants.kk!.title).toBe('«Өзара іс-қимыл-2026» бірлескен жаттығуы');

    const [forced] = await importXliff(ctx, file, { overwrite: ['lead'] });
    expect(forced!.units.find((u) => u.id === 'lead')!.outcome).toBe('imported');
    stored = await library.getRelease(release.id);
    expect(stored.variants.kk!.lead).toBe('Жаттығу Қазақстан аумағында өтті.');
    // The text it replaced is kept in the history.
    const history = await library.listRevisions(release.id);
    expect(history.some((r) => r.lang === 'kk' && r.variant.lead === 'Жаттығу Қазақстанда сәтті өтті.')).toBe(true);
    await library.close();
  });

  it('imports a partly translated file: untranslated units keep the source text and are reported', async () => {
    const { library, ctx, release } = await openTranslationLibrary(await tempDir());
    const exported = await exportXliff(ctx, { releaseIds: [release.id], targetLang: 'kk', version: '1.2' });
    const [report] = await importXliff(ctx, translateXliff(exported, TRANSLATIONS.kk, { only: (id) => id === 'title' }));
    expect(report!.units.filter((u) => u.outcome === 'untranslated')).toHaveLength(report!.units.length - 1);
    const stored = await library.getRelease(release.id);
    expect(stored.variants.kk!.title).toBe('«Өзара іс-қимыл-2026» жаттығуы');
    await library.close();
  });

  it('keeps characters XML cannot carry, as <cp/> in 2.0 and a placeholder in 1.2', async () => {
    for (const version of ['2.0', '1.2'] as const) {
      const dir = await tempDir();
      const { library, ctx, release } = await openTranslationLibrary(join(dir, 'lib'));
      const ru = release.variants.ru!;
      const saved = await saveEdited(ctx, { ...release, variants: { ...release.variants, ru: { ...ru, title: 'Учения\u0007 2026' } } });
      const xml = await exportXliff(ctx, { releaseIds: [saved.id], targetLang: 'kk', version });
      await writeFile(join(dir, 'cp.xlf'), xml);
      xmllint(join(dir, 'cp.xlf'));
      const [report] = await importXliff(ctx, translateXliff(xml, { ...TRANSLATIONS.kk, 'Учения': 'Жаттығу', ' 2026': ' 2026' }));
      expect(report!.units.find((u) => u.id === 'title')!.outcome).toBe('imported');
      expect((await library.getRelease(release.id)).variants.kk!.title).toBe('Жаттығу\u0007 2026');
      await library.close();
    }
  });
});

describe('XLIFF import refuses hostile and broken files with a clear error', () => {
  const cases: [string, string, RegExp][] = [
    [
      'entity expansion (billion laughs)',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><xliff version="2.0" srcLang="ru" trgLang="kk"><file id="x"><unit id="u"><segment><source>&b;</source></segment></unit></file></xliff>',
      /document type declaration/,
    ],
    [
      'an external entity (XXE)',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="2.0" srcLang="ru" trgLang="kk"><file id="x"><unit id="u"><segment><source>&e;</source></segment></unit></file></xliff>',
      /document type declaration/,
    ],
    ['an undeclared entity', '<xliff version="2.0" srcLang="ru" trgLang="kk"><file id="abc"><unit id="u"><segment><source>&e;</source></segment></unit></file></xliff>', /unknown entity "&e;"/],
    ['a file that is not well-formed', '<xliff version="2.0" srcLang="ru" trgLang="kk"><file id="abc"><unit id="u"></file></xliff>', /not well-formed XML at line 1/],
    ['another format', '<html><body/></html>', /root element is not <xliff>/],
    ['an unknown version', '<xliff version="3.0"/>', /version "3.0"/],
    ['a language the library does not have', '<xliff version="2.0" srcLang="ru" trgLang="de"><file id="abc"/></xliff>', /trgLang "de"/],
    ['a file naming no release', '<xliff version="2.0" srcLang="ru" trgLang="kk"><file id="../../etc"/></xliff>', /does not name a release/],
    [
      'unpaired 1.2 codes',
      '<xliff version="1.2"><file original="releases/abc.json" source-language="ru" target-language="kk" datatype="plaintext"><body><trans-unit id="title"><source>a</source><target><bpt id="1">x</bpt>b</target></trans-unit></body></file></xliff>',
      /never closed/,
    ],
  ];
  for (const [what, xml, message] of cases) {
    it(what, async () => {
      const { library, ctx } = await openTranslationLibrary(await tempDir());
      const attempt = importXliff(ctx, xml);
      await expect(attempt).rejects.toMatchObject({ code: 'invalid-input' });
      await expect(importXliff(ctx, xml)).rejects.toThrow(message);
      await library.close();
    });
  }

  it('a link to a script in a translated file is kept as text, never as a link', async () => {
    const { library, ctx, release } = await openTranslationLibrary(await tempDir());
    const exported = await exportXliff(ctx, { releaseIds: [release.id], targetLang: 'kk', version: '2.0' });
    const hostile = translateXliff(exported, TRANSLATIONS.kk).replace(/&lt;a href="https:\/\/example.org\/news\?id=7&amp;amp;lang=ru"&gt;/g, '&lt;a href="javascript:alert(1)"&gt;');
    expect(hostile).toContain('javascript:alert(1)');
    await importXliff(ctx, hostile);
    const stored = await library.getRelease(release.id);
    expect(JSON.stringify(stored.variants.kk!.body)).not.toContain('javascript:');
    expect(texts(stored, 'kk')[2]).toBe('Толығырақ Ұйымның сайтында\nБаспасөз қызметі.');
    await library.close();
  });
});
