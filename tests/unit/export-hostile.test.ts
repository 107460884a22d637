/**
 * Hostile content in a release: markup, event handlers, javascript: links, a </title> in
 * the title and quotes in alt text must come out as inert, literal text.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { releasePackageNames } from '../../src/main/export/package-names';
import { fullRelease } from '../fixtures';
import { HOSTILE_ALT, hostileRelease, PIXEL_PNG } from './support/export-releases';
import { exportFixture, readTree } from './support/export-run';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

/** Every attribute of every tag as [name, value], read with quoting respected. */
const TAG =
  /<[a-zA-Z][\w-]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>\x60]+)))?/g;

function attributes(html: string): [string, string][] {
  return [...html.matchAll(TAG)].flatMap((tag) =>
    [...tag[1]!.matchAll(ATTRIBUTE)].map((a): [string, string] => [
      a[1]!.toLowerCase(),
      a[2] ?? a[3] ?? a[4] ?? '',
    ]),
  );
}

async function exportHostile() {
  const library = await tempDir();
  await mkdir(join(library, 'assets'));
  await writeFile(join(library, 'assets', `${'a'.repeat(64)}.png`), PIXEL_PNG);
  const release = hostileRelease(fullRelease);
  const result = await exportFixture(release, await tempDir(), {}, null, library);
  const names = releasePackageNames(release);
  // The hostile title names the files too: only the safe alphabet is left of it.
  expect(names.base).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/);
  const files = await readTree(result.path);
  const pages = [names.page('en'), names.page('ru'), 'index.html'];
  return { files, pages, en: files.get(names.page('en'))! };
}

describe('hostile content', () => {
  it('never becomes executable markup', async () => {
    const { files, pages } = await exportHostile();
    for (const page of pages) {
      const html = files.get(page)!.toString('utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
      expect(
        scripts.every((tag) => tag === '<script type="application/ld+json">'),
        page,
      ).toBe(true);
      // The JSON-LD block holds exactly one closing tag: its own.
      expect(html.match(/<\/script/gi)?.length ?? 0, page).toBe(scripts.length);
      const attrs = attributes(html);
      expect(attrs.length, page).toBeGreaterThan(20);
      expect(
        attrs.filter(([name]) => name.startsWith('on')),
        page,
      ).toEqual([]);
      expect(
        attrs.filter(
          ([name, value]) =>
            ['href', 'src'].includes(name) && /^\s*(javascript|data|vbscript):/i.test(value),
        ),
        page,
      ).toEqual([]);
      expect(html, page).not.toMatch(/<(iframe|object|embed|a href="javascript)/i);
    }
  });

  it('renders the hostile text literally', async () => {
    const { files, en } = await exportHostile();
    const html = en.toString('utf8');
    expect(html).toContain(
      '<h1>Breaking &lt;/title&gt;&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; “news”</h1>',
    );
    expect(html).toContain('<title>Breaking…</title>');
    expect(html).toContain(
      '<meta property="og:title" content="Breaking &lt;/title&gt;&lt;script&gt;',
    );
    expect(html).toContain('&lt;script&gt;window.__pwned=2&lt;/script&gt;');
    expect(html).toContain('click me and &lt;a href="javascript:alert(1)"&gt;this&lt;/a&gt;');
    expect(html).toContain(`alt="He said &quot;hello&quot; &lt;b&gt;loudly&lt;/b&gt;"`);
    expect(html).toContain('<h2>Sub</h2>');
    // An address that is no e-mail address is printed, not linked.
    expect(html).toContain('Email x@example.org&quot; onclick=&quot;y</address>');
    expect(HOSTILE_ALT).toContain('"');
    // The picture travelled into the package, once; the javascript: one was dropped.
    expect(files.has(`images/${'a'.repeat(64)}.png`)).toBe(true);
    expect(html.match(/<img /g)).toHaveLength(2);
    expect(html).toContain(
      '<figcaption>&lt;/figcaption&gt;&lt;script&gt;x&lt;/script&gt;</figcaption>',
    );
    // Allowed links keep their <a>, escaped; a data: link is reduced to its text.
    expect(html).toContain(
      '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">a real link</a>',
    );
    expect(html).toContain(' and a data link</p>');
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(ld).not.toContain('<');
    expect((JSON.parse(ld) as { headline: string }).headline).toBe(
      hostileRelease(fullRelease).variants.en!.title,
    );
  });

  it('keeps the pages valid HTML and the NewsML well-formed XML', async () => {
    const { files, pages } = await exportHostile();
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    for (const page of pages) {
      const report = await validator.validateString(files.get(page)!.toString('utf8'), page);
      const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2));
      expect(errors.map((m) => `${page} ${m.ruleId}: ${m.message}`)).toEqual([]);
    }
    for (const path of ['newsml/en.xml', 'newsml/ru.xml', 'newsml/package.xml']) {
      expect(XMLValidator.validate(files.get(path)!.toString('utf8')), path).toBe(true);
    }
  });
});
