/**
 * The HTML sanitiser and conversion behind paste and .html import: structure survives, styles
 * go, and nothing hostile reaches a release body.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '@shared/domain';
import { htmlToDoc } from '../../src/main/import/html-to-doc';
import { importFile } from '../../src/main/import/import-files';
import { convertPaste } from '../../src/main/import/paste';
import { sanitizeImportedHtml } from '../../src/main/import/sanitize';
import { Library } from '../../src/main/library/library';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

function convert(html: string) {
  return htmlToDoc(sanitizeImportedHtml(html));
}

function body(html: string): TiptapNode[] {
  return convert(html).doc.content ?? [];
}

/** The document as short text: node types, with text, for readable expectations. */
function outline(node: TiptapNode): unknown {
  if (node.type === 'text') {
    const marks = (node.marks ?? []).map((m) => (m.type === 'link' ? `link:${m.attrs?.href}` : m.type));
    return marks.length ? `${node.text} [${marks.join(',')}]` : node.text;
  }
  return node.content ? { [node.type]: node.content.map(outline) } : node.type;
}

const PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const WORD_FRAGMENT = `
<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>
<body lang=RU style='tab-interval:35.4pt'><!--StartFragment-->
<p class=MsoNormal style='margin-bottom:0cm'><b><span style='font-size:14.0pt;color:#1F3864'>Итоги встречи<o:p></o:p></span></b></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span style='color:red'>Первый пункт</span></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Вложенный пункт</p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='mso-list:Ignore'>·<span>&nbsp;</span></span><!--[endif]-->Второй пункт</p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span>Раз</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span>Два</p>
<!--EndFragment--></body></html>`;

describe('sanitiser: hostile input', () => {
  const hostile = `
    <p onclick="steal()">Text <img src=x onerror="alert(1)"> more</p>
    <script>alert('script')</script><style>p{color:red}</style>
    <a href="javascript:alert(1)">js link</a> <a href=" JaVaScRiPt:alert(1)">spaced</a>
    <a href="java&#09;script:alert(1)">tab</a> <a href="data:text/html,<script>alert(1)</script>">data</a>
    <a href="vbscript:msgbox(1)">vb</a> <a href="file:///etc/passwd">file</a>
    <a href="https://example.org/ok" onmouseover="x()" target="_blank">good</a>
    <a href="mailto:press@example.org">mail</a>
    <iframe src="https://evil.example"></iframe><object data="x.swf"></object>
    <img src="https://tracker.example/pixel.gif?u=1" width="1" height="1">
    <svg><script>alert(1)</script><text>svg text</text></svg>
    <form action="https://evil.example"><input value="secret"><button>Send</button></form>
    <p style="background:url(javascript:alert(1))">styled</p>
    <math><mi xlink:href="javascript:alert(1)">m</mi></math>`;

  it('keeps no script, handler, style, frame or unsafe address in the markup', () => {
    const clean = sanitizeImportedHtml(hostile);
    expect(clean).not.toMatch(/<script|<style|<iframe|<object|<svg|<math|<form|<input|<button/i);
    expect(clean).not.toMatch(/\son\w+\s*=|style=|javascript:|vbscript:|data:text|file:|tracker/i);
  });

  it('turns it into a body with safe links only', () => {
    const { doc, droppedImages } = convert(hostile);
    const json = JSON.stringify(doc);
    for (const unsafe of ['javascript', 'vbscript', 'data:text', 'file:', 'onerror', 'alert', 'tracker', 'svg text', 'secret']) {
      expect(json, unsafe).not.toContain(unsafe);
    }
    const hrefs = [...json.matchAll(/"href":"([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['https://example.org/ok', 'mailto:press@example.org']);
    expect(droppedImages).toBe(2);
  });

  it('survives absurd nesting without recursing without end', () => {
    const deep = `${'<div><span><b>'.repeat(20_000)}deep${'</b></span></div>'.repeat(20_000)}`;
    expect(JSON.stringify(convert(deep).doc)).toContain('deep');
  });
});

describe('conversion: structure survives, styles go', () => {
  it('keeps Word list paragraphs as nested lists, and drops the list markers and styles', () => {
    const outlineOf = body(WORD_FRAGMENT).map(outline);
    expect(outlineOf).toEqual([
      { paragraph: ['Итоги встречи [bold]'] },
      {
        bulletList: [
          { listItem: [{ paragraph: ['Первый пункт'] }, { bulletList: [{ listItem: [{ paragraph: ['Вложенный пункт'] }] }] }] },
          { listItem: [{ paragraph: ['Второй пункт'] }] },
        ],
      },
      { orderedList: [{ listItem: [{ paragraph: ['Раз'] }] }, { listItem: [{ paragraph: ['Два'] }] }] },
    ]);
    expect(JSON.stringify(body(WORD_FRAGMENT))).not.toMatch(/color|font|Mso|style/);
  });

  it('reads Google Docs: no false bold around everything, styled spans as marks, lists nested in lists', () => {
    const html = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700">Bold</span> <span style="font-style:italic">italic</span> <span style="text-decoration:underline">under</span></p><ul><li aria-level="1"><p>One</p></li><ul><li aria-level="2"><p>One.one</p></li></ul><li><p>Two</p></li></ul></b>`;
    expect(body(html).map(outline)).toEqual([
      { paragraph: ['Bold [bold]', ' ', 'italic [italic]', ' ', 'under [underline]'] },
      {
        bulletList: [
          { listItem: [{ paragraph: ['One'] }, { bulletList: [{ listItem: [{ paragraph: ['One.one'] }] }] }] },
          { listItem: [{ paragraph: ['Two'] }] },
        ],
      },
    ]);
  });

  it('reads LibreOffice and web pages: headings, quotes, links, line breaks, tables', () => {
    const html = `<h1 style="font-size:20pt">Title</h1><h4>Minor</h4>
      <blockquote><p>“We are ready,” he said.</p></blockquote>
      <p>Line one<br>line two <a href="https://example.org">site</a></p>
      <table><tr><td>Cell A</td><td><p>Cell B</p></td></tr></table>
      <ol start="3"><li>three</li></ol><div>loose <i>text</i></div>`;
    expect(body(html).map(outline)).toEqual([
      { heading: ['Title'] },
      { heading: ['Minor'] },
      { blockquote: [{ paragraph: ['“We are ready,” he said.'] }] },
      { paragraph: ['Line one', 'hardBreak', 'line two ', 'site [link:https://example.org]'] },
      // The body has no tables: a row is one paragraph of its cells.
      { paragraph: ['Cell A | Cell B'] },
      { orderedList: [{ listItem: [{ paragraph: ['three'] }] }] },
      { paragraph: ['loose ', 'text [italic]'] },
    ]);
    const [h1, h4] = body(html);
    expect([h1!.attrs?.level, h4!.attrs?.level]).toEqual([2, 3]);
  });

  it('keeps embedded pictures with their alt text and caption, and leaves out broken ones', () => {
    const html = `<figure><img src="data:image/png;base64,${PIXEL_PNG}" alt="A pixel"><figcaption>The caption</figcaption></figure>
      <p>Before <img src="data:image/png;base64,AAAA"> after</p>
      <p><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="></p>`;
    const { doc, droppedImages } = convert(html);
    const images = (doc.content ?? []).filter((n) => n.type === 'image');
    expect(images).toHaveLength(1);
    expect(images[0]!.attrs).toMatchObject({ alt: 'A pixel', caption: 'The caption' });
    expect(droppedImages).toBe(2);
  });

  it('gives an empty document for markup without content', () => {
    expect(body('<p>&nbsp;</p><div> </div><script>x</script>')).toEqual([{ type: 'paragraph' }]);
  });
});

describe('paste and .html import', () => {
  it('stores pasted pictures in the library and points the body at them', async () => {
    const dir = await tempDir();
    const pasted = await convertPaste(dir, `<p>Photo</p><img src="data:image/png;base64,${PIXEL_PNG}" alt="Pixel">`);
    const image = pasted.doc.content!.find((n) => n.type === 'image')!;
    expect(image.attrs?.src).toMatch(/^assets\/[0-9a-f]{64}\.png$/);
    expect(await readdir(join(dir, 'assets'))).toEqual([(image.attrs!.src as string).slice('assets/'.length)]);
  });

  it('imports an .html file as one release, its first heading the title', async () => {
    const library = await Library.open(await tempDir());
    const html = '<html><head><title>Ignored</title></head><body><h1>Учения начались 01.09.2023</h1><p>Текст <b>релиза</b>.</p></body></html>';
    const outcome = await importFile(library, { name: 'release.HTML', bytes: Buffer.from(html) }, undefined);
    expect(outcome).toMatchObject({ ok: true, releases: [{ title: 'Учения начались 01.09.2023', date: '2023-09-01', lang: 'ru', kind: 'press-release' }] });
    if (!outcome.ok) return;
    const release = await library.getRelease(outcome.releases[0]!.id);
    expect(release.variants.ru!.body.content!.map(outline)).toEqual([{ paragraph: ['Текст ', 'релиза [bold]', '.'] }]);
    await library.close();
  });
});

describe('conversion: whitespace', () => {
  it('shows one space where removed markup stood between two', () => {
    expect(body('<p>Hostile <img src=x> text <b> bold</b> end</p>').map(outline)).toEqual([
      { paragraph: ['Hostile text ', 'bold [bold]', ' end'] },
    ]);
  });
});
