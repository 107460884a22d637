/**
 * Reading a translated XLIFF 2.0 or 1.2 file back: for each release (file) its units, each
 * with the source text it was exported with, the translation as an inline tree, and the
 * target's fingerprint at export when the file still carries it. Segments a CAT tool split a
 * unit into are joined again. Formatting comes from the codes themselves; a code whose kind
 * a tool dropped takes the formatting of the source code with the same id.
 */
import { idSchema } from '@shared/domain';
import { LANGS, type Lang } from '@shared/languages';
import { isAllowedHref } from '@shared/link-policy';
import { AppError } from '../errors';
import { plainText, type Inline, type InlineFormat } from './inline';
import { STATE_GROUP, TARGET_FP, type XliffVersion } from './xliff-write';
import { elements, firstElement, parseXml, textOf, type XmlElement, type XmlNode } from './xml-read';

export interface ImportedUnit {
  id: string;
  name: string | null;
  sourceText: string;
  /** Null when the unit has no target (not translated). */
  target: Inline[] | null;
  /** The fingerprint of the target when exported; null when the file no longer carries it. */
  targetAtExport: string | null;
}

export interface ImportedFile {
  releaseId: string;
  units: ImportedUnit[];
}

export interface ImportedXliff {
  version: XliffVersion;
  sourceLang: Lang;
  targetLang: Lang;
  files: ImportedFile[];
}

const WHAT = 'XLIFF';

function fail(detail: string): never {
  throw new AppError('invalid-input', `${WHAT}: ${detail}`);
}

function langOf(value: string | undefined, attr: string): Lang {
  const lang = (value ?? '').toLowerCase().split('-')[0] as Lang;
  if (!LANGS.includes(lang)) fail(`${attr} "${value ?? ''}" is not one of the library's languages`);
  return lang;
}

function releaseIdOf(value: string | undefined): string {
  const id = (value ?? '').replace(/^releases\//, '').replace(/\.json$/, '');
  if (!idSchema.safeParse(id).success) fail(`"${value ?? ''}" does not name a release`);
  return id;
}

export function readXliff(xml: string): ImportedXliff {
  const root = parseXml(xml, WHAT);
  if (root.name !== 'xliff') fail('the root element is not <xliff>');
  if (root.attrs.version === '2.0' || root.attrs.version === '2.1') return read2(root);
  if (root.attrs.version === '1.2') return read12(root);
  return fail(`version "${root.attrs.version ?? ''}" is not 2.0 or 1.2`);
}

// --- 2.0 --------------------------------------------------------------------------------

function read2(root: XmlElement): ImportedXliff {
  const sourceLang = langOf(root.attrs.srcLang, 'srcLang');
  const targetLang = langOf(root.attrs.trgLang, 'trgLang');
  const files = elements(root, 'file').map((file) => ({
    releaseId: releaseIdOf(file.attrs.id),
    units: unitsIn(file).map(unit2),
  }));
  return { version: '2.0', sourceLang, targetLang, files };
}

function unitsIn(node: XmlElement): XmlElement[] {
  return elements(node).flatMap((child) => (child.name === 'unit' ? [child] : child.name === 'group' ? unitsIn(child) : []));
}

function unit2(unit: XmlElement): ImportedUnit {
  const id = unit.attrs.id;
  if (!id) fail('a <unit> has no id');
  const data = new Map(
    elements(firstElement(unit, 'originalData') ?? { name: '', attrs: {}, children: [] }, 'data').map((d) => [d.attrs.id ?? '', textOf(d)]),
  );
  const parts = elements(unit).filter((c) => c.name === 'segment' || c.name === 'ignorable');
  const sourceFormats = new Map<string, InlineFormat>();
  const source = parts.flatMap((p) => inline2(firstElement(p, 'source')?.children ?? [], data, sourceFormats, sourceFormats));
  const withTarget = parts.filter((p) => firstElement(p, 'target'));
  const target = withTarget.length === 0 ? null : parts.flatMap((p) => inline2(firstElement(p, 'target')?.children ?? [], data, sourceFormats, new Map()));
  const meta = elements(firstElement(unit, 'metadata') ?? { name: '', attrs: {}, children: [] }, 'metaGroup')
    .filter((g) => g.attrs.category === STATE_GROUP)
    .flatMap((g) => elements(g, 'meta'))
    .find((m) => m.attrs.type === TARGET_FP);
  return { id, name: unit.attrs.name ?? null, sourceText: plainText(source), target, targetAtExport: meta ? textOf(meta) : null };
}

function inline2(
  nodes: readonly XmlNode[],
  data: ReadonlyMap<string, string>,
  sourceFormats: ReadonlyMap<string, InlineFormat>,
  record: Map<string, InlineFormat>,
): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (typeof node === 'string') return node === '' ? [] : [{ type: 'text', text: node }];
    const children = (): Inline[] => inline2(node.children, data, sourceFormats, record);
    switch (node.name) {
      case 'cp': {
        const cp = parseInt(node.attrs.hex ?? '', 16);
        return Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff ? [{ type: 'text', text: String.fromCodePoint(cp) }] : [];
      }
      case 'ph':
        return node.attrs.subType === 'xlf:lb' ? [{ type: 'break' }] : [];
      case 'pc': {
        const id = node.attrs.id ?? '';
        const format = format2(node, data) ?? sourceFormats.get(id) ?? null;
        if (format) record.set(id, format);
        return format ? [{ type: 'span', format, children: children() }] : children();
      }
      // Annotations a CAT tool adds (terms, comments) and segment markers: their text stays.
      default:
        return children();
    }
  });
}

function format2(pc: XmlElement, data: ReadonlyMap<string, string>): InlineFormat | null {
  if (pc.attrs.type === 'fmt') {
    if (pc.attrs.subType === 'xlf:b') return { kind: 'bold' };
    if (pc.attrs.subType === 'xlf:i') return { kind: 'italic' };
    if (pc.attrs.subType === 'xlf:u') return { kind: 'underline' };
  }
  if (pc.attrs.type === 'link') return linkFormat(data.get(pc.attrs.dataRefStart ?? ''));
  return null;
}

/** The address out of the native code `<a href="…">` this module writes. */
function linkFormat(code: string | undefined): InlineFormat | null {
  if (code === undefined || !code.startsWith('<a href="') || !code.endsWith('">')) return null;
  const href = code.slice('<a href="'.length, -2).replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return isAllowedHref(href) ? { kind: 'link', href } : null;
}

// --- 1.2 --------------------------------------------------------------------------------

function read12(root: XmlElement): ImportedXliff {
  const files = elements(root, 'file');
  if (files.length === 0) fail('the file has no <file>');
  const sourceLang = langOf(files[0]!.attrs['source-language'], 'source-language');
  const targetLang = langOf(files[0]!.attrs['target-language'], 'target-language');
  for (const file of files) {
    if (langOf(file.attrs['source-language'], 'source-language') !== sourceLang || langOf(file.attrs['target-language'], 'target-language') !== targetLang)
      fail('the files of one XLIFF must have the same languages');
  }
  return {
    version: '1.2',
    sourceLang,
    targetLang,
    files: files.map((file) => ({
      releaseId: releaseIdOf(file.attrs.original),
      units: transUnitsIn(firstElement(file, 'body') ?? file).map(unit12),
    })),
  };
}

function transUnitsIn(node: XmlElement): XmlElement[] {
  return elements(node).flatMap((c) => (c.name === 'trans-unit' ? [c] : c.name === 'group' ? transUnitsIn(c) : []));
}

function unit12(unit: XmlElement): ImportedUnit {
  const id = unit.attrs.id;
  if (!id) fail('a <trans-unit> has no id');
  const sourceFormats = new Map<string, InlineFormat>();
  const source = inline12(firstElement(unit, 'source')?.children ?? [], sourceFormats, sourceFormats);
  const targetNode = firstElement(unit, 'target');
  const target = targetNode ? inline12(targetNode.children, sourceFormats, new Map()) : null;
  const context = elements(unit, 'context-group')
    .filter((g) => g.attrs.name === STATE_GROUP)
    .flatMap((g) => elements(g, 'context'))
    .find((c) => c.attrs['context-type'] === TARGET_FP);
  return { id, name: unit.attrs.resname ?? null, sourceText: plainText(source), target, targetAtExport: context ? textOf(context) : null };
}

type Event = Inline | { type: 'open'; id: string; format: InlineFormat | null } | { type: 'close'; id: string };

function inline12(
  nodes: readonly XmlNode[],
  sourceFormats: ReadonlyMap<string, InlineFormat>,
  record: Map<string, InlineFormat>,
): Inline[] {
  return treeOf(events12(nodes, sourceFormats, record));
}

function events12(
  nodes: readonly XmlNode[],
  sourceFormats: ReadonlyMap<string, InlineFormat>,
  record: Map<string, InlineFormat>,
): Event[] {
  return nodes.flatMap((node): Event[] => {
    if (typeof node === 'string') return node === '' ? [] : [{ type: 'text', text: node }];
    const id = node.attrs.id ?? '';
    const remember = (format: InlineFormat | null): InlineFormat | null => {
      const found = format ?? sourceFormats.get(id) ?? null;
      if (found) record.set(id, found);
      return found;
    };
    switch (node.name) {
      case 'x': {
        const ctype = node.attrs.ctype ?? '';
        if (ctype === 'lb') return [{ type: 'break' }];
        if (ctype.startsWith('x-cp-')) {
          const cp = parseInt(ctype.slice(5), 16);
          return Number.isInteger(cp) && cp <= 0x10ffff ? [{ type: 'text', text: String.fromCodePoint(cp) }] : [];
        }
        return [];
      }
      case 'g': {
        const format = remember(ctype12(node.attrs.ctype));
        const inner = events12(node.children, sourceFormats, record);
        return format ? [{ type: 'open', id: `g${id}`, format }, ...inner, { type: 'close', id: `g${id}` }] : inner;
      }
      case 'bpt':
        return [{ type: 'open', id: `b${id}`, format: remember(node.attrs.ctype === 'link' ? linkFormat(textOf(node)) : null) }];
      case 'ept':
        return [{ type: 'close', id: `b${id}` }];
      // Native codes of other placeholders carry no text of the release.
      case 'ph':
      case 'it':
        return [];
      default:
        return events12(node.children, sourceFormats, record);
    }
  });
}

function ctype12(ctype: string | undefined): InlineFormat | null {
  if (ctype === 'bold') return { kind: 'bold' };
  if (ctype === 'italic') return { kind: 'italic' };
  if (ctype === 'underlined') return { kind: 'underline' };
  return null;
}

/** Flat open/close events (1.2's <bpt>/<ept>) into nested spans; an unpaired one is an error. */
function treeOf(events: readonly Event[]): Inline[] {
  const root: Inline[] = [];
  const stack: { id: string; format: InlineFormat | null; children: Inline[] }[] = [];
  const top = (): Inline[] => stack.at(-1)?.children ?? root;
  for (const event of events) {
    if (event.type === 'open') stack.push({ id: event.id, format: event.format, children: [] });
    else if (event.type === 'close') {
      const open = stack.pop();
      if (!open || open.id !== event.id) fail('the inline codes of a unit do not pair up (<bpt>/<ept>)');
      if (open.format) top().push({ type: 'span', format: open.format, children: open.children });
      else top().push(...open.children);
    } else top().push(event);
  }
  if (stack.length > 0) fail('an inline code of a unit is never closed (<bpt> without <ept>)');
  return root;
}
