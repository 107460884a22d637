/**
 * Every user-visible string of the renderer goes through the i18n layer: no text written
 * straight into JSX, no literal in an attribute a person reads or hears (aria-label, title,
 * placeholder, alt…), and both dictionaries hold every key with the same placeholders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const RENDERER = join(import.meta.dirname, '../../src/renderer/src');

/** A dictionary entry: text, or texts by plural category (src/renderer/src/i18n/message.ts). */
type Message = string | Record<string, string | undefined>;
type Dictionary = Record<string, Message>;

/** The renderer's dictionaries, loaded by path: this project type-checks Node code only. */
async function dictionary(lang: 'en' | 'ru'): Promise<Dictionary> {
  const module = (await import(pathToFileURL(join(RENDERER, 'i18n', `${lang}.ts`)).href)) as Record<string, Dictionary>;
  return module[lang]!;
}

/** Attributes whose value is read out or shown to the user. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Words, not glyphs: "B", "I", "H2", "«»", "?" and "·" are toolbar marks and separators. */
const WORDS = /\p{L}{2,}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

function literalText(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  }
  if (ts.isJsxExpression(node)) return literalText(node.expression);
  if (ts.isConditionalExpression(node)) {
    return [literalText(node.whenTrue), literalText(node.whenFalse)].filter(Boolean).join(' ') || null;
  }
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  return null;
}

/** `file:line: what` for every hard-coded user-visible string in `source`. */
function hardCodedStrings(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${fileName}:${line + 1}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text && WORDS.test(text)) report(node, text);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file))) {
      const text = literalText(node.initializer);
      if (text && WORDS.test(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}

describe('the interface speaks only through the dictionaries', () => {
  it('finds hard-coded text where it is looked for (the check itself works)', () => {
    const sample = `export const A = () => (
      <div title="Close window" aria-label={'Main menu'}>
        Save now <b>B</b> {'Hello there'} {t('ok')} <span>·</span>
        <input placeholder={ready ? 'Search…' : t('x')} alt={\`Picture \${n}\`} />
      </div>
    );`;
    expect(hardCodedStrings('sample.tsx', sample)).toEqual([
      'sample.tsx:2: "Close window"',
      'sample.tsx:2: "Main menu"',
      'sample.tsx:3: "Save now"',
      'sample.tsx:3: "Hello there"',
      'sample.tsx:4: "Search…"',
      'sample.tsx:4: "Picture"',
    ]);
  });

  it('has no hard-coded user-visible string in any TSX file of the renderer', () => {
    const files = tsxFiles(RENDERER);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((path) => hardCodedStrings(relative(RENDERER, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  it('has every key in both languages, none empty, with the same placeholders', async () => {
    const [en, ru] = await Promise.all([dictionary('en'), dictionary('ru')]);
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      const [english, russian] = [en[key]!, ru[key]!];
      for (const text of [english, russian].flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)))) {
        expect(text?.trim(), key).not.toBe('');
      }
      expect(placeholders(russian), key).toEqual(placeholders(english));
      expect(typeof russian, key).toBe(typeof english);
      if (typeof russian === 'object') {
        // Russian needs all three forms: 1 файл, 2 файла, 5 файлов.
        expect(Object.keys(russian).sort(), key).toEqual(expect.arrayContaining(['few', 'many', 'one', 'other']));
      }
    }
  });
});
