/**
 * The press-office CLI: argument parsing, and list/import/export run from source as a child
 * process (HTML and NewsML here; PDFs through the CLI in tests/e2e/export-pdf.test.ts).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/main/cli/press-office-args';
import { UsageError } from '../../src/main/usage-error';
import { chromiumCandidates, findChromium } from '../../src/main/export/find-chromium';
import { allReleases } from '../../src/main/cli/list-command';
import { Library } from '../../src/main/library/library';
import { demoContent } from '../../src/main/library/seed';
import { archiveExpectations, archivePath, FIXTURE_NOW } from '../fixtures';
import { FIVE_ITEM_CUTS, fiveItemArchivePath } from '../fixtures/archive-five';
import { approved } from './support/export-releases';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();
const repo = resolve(import.meta.dirname, '../..');

async function runCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repo, 'src/main/cli/index.ts'), ...args],
    {
      cwd: repo,
      env: { ...process.env, TSX_TSCONFIG_PATH: join(repo, 'tsconfig.node.json'), ...env },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

/** A library holding the demo releases, the seven-language one approved and tracked. */
async function demoLibrary(): Promise<string> {
  const dir = await tempDir();
  const library = await Library.open(dir, { seed: () => demoContent(FIXTURE_NOW) });
  const release = await library.getRelease('diplomacy-school-2024');
  await library.saveRelease(approved(release));
  await library.close();
  return dir;
}

describe('press-office arguments', () => {
  it('parses export with lists given comma-separated or repeated', () => {
    expect(
      parseCommand([
        'export',
        '--library',
        'lib',
        '--release',
        'a-1,b-2',
        '--release',
        'c-3',
        '--out',
        'o',
        '--lang',
        'ru,kk',
        '--format',
        'pdf',
        '--override',
        'kk',
      ]),
    ).toEqual({
      command: 'export',
      library: 'lib',
      releases: ['a-1', 'b-2', 'c-3'],
      out: 'o',
      langs: ['ru', 'kk'],
      formats: ['pdf'],
      override: ['kk'],
    });
    expect(
      parseCommand(['export', '--library', 'l', '--release', 'x-1', '--out', 'o']),
    ).toMatchObject({
      formats: ['html', 'pdf', 'zip'],
      langs: undefined,
    });
    expect(parseCommand(['list', '--library', 'l', '--json'])).toEqual({
      command: 'list',
      library: 'l',
      json: true,
    });
  });

  it('parses import with its files', () => {
    expect(parseCommand(['import', '--library', 'l', 'a.txt', 'b.docx', '--lang', 'kk'])).toEqual({
      command: 'import',
      library: 'l',
      files: ['a.txt', 'b.docx'],
      lang: 'kk',
      dateForUndated: undefined,
    });
  });

  it('refuses what it does not know, in one line', () => {
    for (const argv of [
      ['import', '--library', 'l'],
      ['import', '--library', 'l', '--lang', 'fr', 'file.txt'],
      ['import', '--library', 'l', '--date-for-undated', '2024-02-30', 'file.txt'],
      ['import', '--library', 'l', '--date-for-undated', 'yesterday', 'file.txt'],
      ['frobnicate', '--library', 'l'],
      ['list'],
      ['list', '--library', 'l', '--out', 'o'],
      ['export', '--library', 'l', '--out', 'o'],
      ['export', '--library', 'l', '--release', 'x-1', '--out', 'o', '--lang', 'fr'],
      ['export', '--library', 'l', '--release', 'x-1', '--out', 'o', '--format', 'docx'],
      ['list', '--library', 'l', '--colour'],
    ]) {
      expect(() => parseCommand(argv), argv.join(' ')).toThrow(UsageError);
      try {
        parseCommand(argv);
      } catch (error) {
        expect((error as Error).message).not.toContain('\n');
      }
    }
  });

  it('looks for Chromium where it is usually installed, the environment variable first', async () => {
    expect(chromiumCandidates('linux', {})).toContain('/usr/bin/chromium');
    expect(chromiumCandidates('darwin', {})[0]).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    expect(chromiumCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' })[0]).toMatch(
      /chrome\.exe$/,
    );
    await expect(
      findChromium({ PRESS_OFFICE_CHROMIUM: '/nowhere/chrome' }, 'linux'),
    ).rejects.toThrow('PRESS_OFFICE_CHROMIUM=/nowhere/chrome is not an executable file');
    await expect(findChromium({}, 'darwin')).rejects.toThrow(/apt-get install chromium/);
  });
});

describe('press-office commands', () => {
  it('imports a text archive and prints the ids it created; a bad file is one line and exit 1', async () => {
    const library = await demoLibrary();
    const run = await runCli(['import', '--library', library, archivePath]);
    expect(run.code).toBe(0);
    const ids = run.stdout.trim().split('\n');
    expect(ids).toHaveLength(archiveExpectations.length);
    const opened = await Library.open(library);
    const dates = await Promise.all(ids.map(async (id) => (await opened.getRelease(id)).date));
    await opened.close();
    expect(dates.sort()).toEqual(archiveExpectations.map((item) => item.date).sort());

    const junk = join(await tempDir(), 'junk.docx');
    await writeFile(junk, 'not a zip at all');
    const bad = await runCli(['import', '--library', library, junk]);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('junk.docx');
    const usage = await runCli(['import', '--library', library]);
    expect(usage.code).toBe(2);
  });

  it('refuses an archive with undated items, naming them, and dates them only with --date-for-undated', async () => {
    const library = await tempDir();
    const archive = fiveItemArchivePath('ru');
    const expected = FIVE_ITEM_CUTS.ru;
    const undated = expected.flatMap((item, index) => (item.date === null ? [{ ...item, number: index + 1 }] : []));
    expect(undated.length).toBeGreaterThan(0);

    const refused = await runCli(['import', '--library', library, archive]);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    const refusal = refused.stderr.trim().split('\n').at(-1)!;
    expect(refusal).toContain(`${undated.length} of ${expected.length} items have no date`);
    for (const item of undated) expect(refusal).toContain(`item ${item.number} "${item.title}"`);
    expect(refusal).toContain('--date-for-undated YYYY-MM-DD');
    const none = await Library.open(library);
    expect(await allReleases(none)).toEqual([]);
    await none.close();

    const dated = await runCli(['import', '--library', library, '--date-for-undated', '2023-05-17', archive]);
    expect(dated.code).toBe(0);
    const notes = dated.stderr.trim().split('\n').filter((line) => line.includes('has no date'));
    expect(notes).toEqual(
      undated.map((item) => `${archive}: item ${item.number} "${item.title}" has no date, dated 2023-05-17 (--date-for-undated)`),
    );
    const ids = dated.stdout.trim().split('\n');
    const opened = await Library.open(library);
    const releases = await Promise.all(ids.map((id) => opened.getRelease(id)));
    await opened.close();
    expect(releases.map((release) => release.date)).toEqual(expected.map((item) => item.date ?? '2023-05-17'));
  });

  it('creates the library when it imports into a folder that does not exist yet or is empty', async () => {
    const missing = join(await tempDir(), 'new', 'library');
    const empty = await tempDir();
    for (const library of [missing, empty]) {
      const run = await runCli(['import', '--library', library, archivePath]);
      expect(run.code).toBe(0);
      expect(run.stderr.trim()).toBe(`press-office: created a new library in ${library}`);
      const ids = run.stdout.trim().split('\n');
      expect(ids).toHaveLength(archiveExpectations.length);
      // Only what was imported: demo releases are for the app's default library alone.
      const opened = await Library.open(library);
      const stored = (await allReleases(opened)).map((row) => row.id);
      await opened.close();
      expect(stored.sort()).toEqual([...ids].sort());
    }
    const listed = await runCli(['list', '--library', missing]);
    expect(listed.stdout.trim().split('\n')).toHaveLength(archiveExpectations.length);
  });

  it('refuses to import into a folder of other files, and leaves it as it was', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, 'notes.txt'), 'not a library');
    const run = await runCli(['import', '--library', folder, archivePath]);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr.trim()).toBe(
      `press-office: ${folder} is not a Press Office library (no library.json) and not empty: ` +
        'import creates a library only in a new or empty folder',
    );
    expect(await readdir(folder)).toEqual(['notes.txt']);
  });

  it('lists releases as text and JSON', async () => {
    const library = await demoLibrary();
    const text = await runCli(['list', '--library', library]);
    expect(text.code).toBe(0);
    const lines = text.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split('\t')).toEqual([
      'diplomacy-school-2024',
      'news',
      '2024-07-25',
      'ru:approved,en:approved,hy:approved,be:approved,kk:approved,ky:approved,tg:approved',
      'CSTO Secretariat meets graduates of the Summer School of Diplomacy',
    ]);
    const json = await runCli(['list', '--library', library, '--json']);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as { id: string; languages: Record<string, string> }[];
    expect(rows.find((r) => r.id === 'accreditation-combat-brotherhood-2023')?.languages).toEqual({
      ru: 'draft',
      en: 'draft',
    });
  });

  it('exports many releases into one folder and says what it left out', async () => {
    const library = await demoLibrary();
    const out = await tempDir();
    const run = await runCli([
      'export',
      '--library',
      library,
      '--release',
      'diplomacy-school-2024,combat-brotherhood-2023',
      '--format',
      'html,newsml,zip',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    // Named by date and source title (English here), cut at a word to 60 characters.
    const seven = '2024-07-25-csto-secretariat-meets-graduates-of-the-summer-school-of.zip';
    const full = '2023-09-01-opening-ceremony-of-the-csto-joint-exercise-combat.zip';
    expect(run.stdout.trim().split('\n')).toEqual([join(out, seven), join(out, full)]);
    expect(run.stderr).toContain(
      'combat-brotherhood-2023: left out ru: never compared with the source',
    );
    expect(run.stderr).toContain('(--override ru includes it)');
    expect((await readdir(out)).sort()).toEqual([full, seven]);
  });

  it('exits 1 on failure and 2 on bad usage, with one line on stderr', async () => {
    const library = await demoLibrary();
    const blocked = await runCli([
      'export',
      '--library',
      library,
      '--release',
      'accreditation-combat-brotherhood-2023',
      '--format',
      'html',
      '--out',
      await tempDir(),
    ]);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(
      /^press-office: accreditation-combat-brotherhood-2023: no language version may be exported \(ru: not approved/,
    );
    const missing = await runCli(['list', '--library', join(library, 'nothing-here')]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const usage = await runCli(['export', '--library', library]);
    expect(usage.code).toBe(2);
    expect(usage.stderr.trim().split('\n')).toEqual([
      'press-office: --release ID is required (press-office help shows the usage)',
    ]);
    const noChromium = await runCli(
      [
        'export',
        '--library',
        library,
        '--release',
        'diplomacy-school-2024',
        '--out',
        await tempDir(),
      ],
      { PRESS_OFFICE_CHROMIUM: '/nowhere/chrome' },
    );
    expect(noChromium.code).toBe(1);
    expect(noChromium.stderr).toContain(
      'PRESS_OFFICE_CHROMIUM=/nowhere/chrome is not an executable file',
    );
  });
});
