/** .docx import through mammoth, on documents built in the test, zip bombs included. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '@shared/domain';
import { docxToHtml } from '../../src/main/import/docx';
import { htmlToDoc } from '../../src/main/import/html-to-doc';
import { importFile } from '../../src/main/import/import-files';
import { sanitizeImportedHtml } from '../../src/main/import/sanitize';
import { unzipWithinLimits, ZipRejected } from '../../src/main/import/zip-limits';
import { Library } from '../../src/main/library/library';
import { buildDocx, buildZipBomb, docx, withLyingSizes } from './support/docx-builder';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const RELEASE = buildDocx({
  body: [
    docx.heading('Exercise opened at the Brest Fortress'),
    docx.paragraph(docx.text('Brest, 1 September 2023. The exercise ') + docx.text('opened', '<w:b/>') + docx.text(' with ') + docx.text('a ceremony', '<w:i/>') + docx.text(' and ') + docx.text('a parade', '<w:u w:val="single"/>') + docx.text('.')),
    docx.heading('Participants', 2),
    docx.listItem('Armenia', 1),
    docx.listItem('Yerevan unit', 1, 1),
    docx.listItem('Belarus', 1),
    docx.listItem('First stage', 2),
    docx.listItem('Second stage', 2),
    docx.paragraph(docx.text('Details: ') + docx.link('rIdSite', 'the exercise site') + docx.text(', ') + docx.link('rIdEvil', 'click me') + docx.text('.')),
    docx.picture('rIdPicture', 'The flag ceremony'),
  ],
  links: { rIdSite: 'https://example.org/exercise', rIdEvil: 'javascript:alert(document.cookie)' },
  pictures: { rIdPicture: PIXEL_PNG },
});

function outline(node: TiptapNode): unknown {
  if (node.type === 'text') {
    const marks = (node.marks ?? []).map((m) => (m.type === 'link' ? `link:${m.attrs?.href}` : m.type));
    return marks.length ? `${node.text} [${marks.join(',')}]` : node.text;
  }
  if (node.type === 'image') return `image: ${node.attrs?.alt}`;
  return node.content ? { [node.type]: node.content.map(outline) } : node.type;
}

describe('docx import', () => {
  it('keeps headings, lists, bold, italic, underline, links and pictures; drops unsafe links', async () => {
    const { doc } = htmlToDoc(sanitizeImportedHtml(await docxToHtml(RELEASE)));
    expect(doc.content!.map(outline)).toEqual([
      { heading: ['Exercise opened at the Brest Fortress'] },
      { paragraph: ['Brest, 1 September 2023. The exercise ', 'opened [bold]', ' with ', 'a ceremony [italic]', ' and ', 'a parade [underline]', '.'] },
      { heading: ['Participants'] },
      {
        bulletList: [
          { listItem: [{ paragraph: ['Armenia'] }, { bulletList: [{ listItem: [{ paragraph: ['Yerevan unit'] }] }] }] },
          { listItem: [{ paragraph: ['Belarus'] }] },
        ],
      },
      { orderedList: [{ listItem: [{ paragraph: ['First stage'] }] }, { listItem: [{ paragraph: ['Second stage'] }] }] },
      { paragraph: ['Details: ', 'the exercise site [link:https://example.org/exercise]', ', click me.'] },
      'image: The flag ceremony',
    ]);
    expect(JSON.stringify(doc)).not.toContain('javascript');
  });

  it('imports the document as a release: title, date, text and its picture in the library', async () => {
    const library = await Library.open(await tempDir());
    const outcome = await importFile(library, { name: 'Release.docx', bytes: RELEASE }, undefined);
    expect(outcome).toMatchObject({
      ok: true,
      releases: [{ title: 'Exercise opened at the Brest Fortress', date: '2023-09-01', lang: 'en' }],
    });
    if (!outcome.ok) return;
    const release = await library.getRelease(outcome.releases[0]!.id);
    const body = release.variants.en!.body.content!;
    expect(body[0]!.type).toBe('paragraph');
    const image = body.find((node) => node.type === 'image')!;
    expect(image.attrs?.src).toMatch(/^assets\/[0-9a-f]{64}\.png$/);
    expect(await readdir(join(library.dir, 'assets'))).toHaveLength(1);
    await library.close();
  });

  it('refuses a zip bomb with a clear reason, and creates nothing', async () => {
    const library = await Library.open(await tempDir());
    const bomb = buildZipBomb(100);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const outcome = await importFile(library, { name: 'bomb.docx', bytes: bomb }, undefined);
    expect(outcome).toMatchObject({ ok: false, problem: 'archive-too-large' });
    expect((await library.listReleases()).total).toBe(0);
    await expect(readdir(join(library.dir, 'assets'))).rejects.toThrow();
    await library.close();
  });

  it('stops inflating a bomb that lies about its size as soon as the real bytes pass the limit', () => {
    const liar = withLyingSizes(buildZipBomb(100), 1000);
    const before = process.memoryUsage().arrayBuffers;
    let rejected: unknown;
    try {
      unzipWithinLimits(liar, { maxEntries: 100, maxTotalBytes: 32 * 1024 * 1024 });
    } catch (error) {
      rejected = error;
    }
    expect(rejected).toBeInstanceOf(ZipRejected);
    expect((rejected as ZipRejected).reason).toBe('too-large');
    // Far less than the 100 MB the archive would unpack to.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(120 * 1024 * 1024);
  });

  it('refuses files that are not Word documents', async () => {
    const library = await Library.open(await tempDir());
    const notZip = await importFile(library, { name: 'fake.docx', bytes: Buffer.from('plain text') }, undefined);
    expect(notZip).toMatchObject({ ok: false, problem: 'damaged' });
    const otherZip = buildDocx({ body: [] }).slice();
    const noDocument = await importFile(library, { name: 'empty.docx', bytes: otherZip }, undefined);
    expect(noDocument).toMatchObject({ ok: false, problem: 'empty' });
    expect((await library.listReleases()).total).toBe(0);
    await library.close();
  });
});
