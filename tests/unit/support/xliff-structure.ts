/**
 * The structural rules of the XLIFF 2.0 and 1.2 core specifications that a schema would check,
 * checked with an XML library of its own (@xmldom/xmldom): namespaces, required attributes,
 * the order of a unit's children, unique ids, inline code ids and references. Used because no
 * npm package ships the OASIS schemas for `xmllint --schema`.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { expect } from 'vitest';

const XLIFF2 = 'urn:oasis:names:tc:xliff:document:2.0';
const XLIFF12 = 'urn:oasis:names:tc:xliff:document:1.2';

function children(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = 0; n < el.childNodes.length; n += 1) {
    const node = el.childNodes.item(n)!;
    if (node.nodeType === 1) out.push(node as Element);
  }
  return out;
}

function descendants(el: Element, names: readonly string[]): Element[] {
  return children(el).flatMap((c) => [...(names.includes(c.localName ?? '') ? [c] : []), ...descendants(c, names)]);
}

function expectUnique(values: string[], what: string): void {
  expect(new Set(values).size, `${what} must be unique: ${values.join(', ')}`).toBe(values.length);
}

export function checkXliffStructure(xml: string): void {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, 'application/xml');
  expect(errors).toEqual([]);
  const root = doc.documentElement!;
  expect(root.localName).toBe('xliff');
  if (root.getAttribute('version') === '2.0') check2(root);
  else check12(root);
}

function check2(root: Element): void {
  expect(root.namespaceURI).toBe(XLIFF2);
  expect(root.getAttribute('srcLang')).toMatch(/^[a-z]{2}$/);
  const files = children(root);
  expect(files.every((f) => f.localName === 'file' && f.namespaceURI === XLIFF2)).toBe(true);
  expectUnique(files.map((f) => f.getAttribute('id') ?? ''), 'file ids');
  for (const file of files) {
    const units = children(file).filter((c) => c.localName === 'unit');
    expect(units.length).toBeGreaterThan(0);
    expectUnique(units.map((u) => u.getAttribute('id') ?? ''), 'unit ids');
    for (const unit of units) {
      // Module/extension elements first, then notes?, originalData?, (segment|ignorable)+.
      const order = children(unit).map((c) => (c.namespaceURI === XLIFF2 ? c.localName : '#other'));
      expect(order.join(' ')).toMatch(/^(#other )*(notes )?(originalData )?(segment|ignorable)( segment| ignorable)*$/);
      const dataIds = descendants(unit, ['data']).map((d) => d.getAttribute('id') ?? '');
      expectUnique(dataIds, 'data ids');
      for (const segment of children(unit).filter((c) => c.localName === 'segment')) {
        const parts = children(segment).map((c) => c.localName);
        expect(parts.join(' ')).toMatch(/^source( target)?$/);
        const [source, target] = children(segment);
        const sourceCodes = descendants(source!, ['pc', 'ph']);
        expectUnique(sourceCodes.map((c) => c.getAttribute('id') ?? ''), 'inline code ids');
        for (const code of [...sourceCodes, ...(target ? descendants(target, ['pc', 'ph']) : [])]) {
          expect(code.getAttribute('id')).toMatch(/^[A-Za-z0-9_.-]+$/);
          const subType = code.getAttribute('subType');
          if (subType) {
            expect(subType).toMatch(/^[a-z]+:[a-z]+$/);
            expect(code.getAttribute('type')).toBeTruthy();
          }
          for (const ref of ['dataRefStart', 'dataRefEnd']) {
            const id = code.getAttribute(ref);
            if (id) expect(dataIds).toContain(id);
          }
        }
      }
    }
  }
}

function check12(root: Element): void {
  expect(root.namespaceURI).toBe(XLIFF12);
  for (const file of children(root)) {
    expect(file.localName).toBe('file');
    for (const attr of ['original', 'source-language', 'datatype']) expect(file.getAttribute(attr)).toBeTruthy();
    expect(children(file).map((c) => c.localName).join(' ')).toMatch(/^(header )?body$/);
    const units = descendants(file, ['trans-unit']);
    expectUnique(units.map((u) => u.getAttribute('id') ?? ''), 'trans-unit ids');
    for (const unit of units) {
      const order = children(unit).map((c) => c.localName);
      expect(order.join(' ')).toMatch(/^source( target)?( context-group)*( note)*$/);
      const source = children(unit)[0]!;
      const codes = descendants(source, ['g', 'x', 'bpt']);
      expectUnique(codes.map((c) => c.getAttribute('id') ?? ''), 'inline code ids');
      for (const part of children(unit).filter((c) => c.localName === 'source' || c.localName === 'target')) {
        const starts = descendants(part, ['bpt']).map((c) => c.getAttribute('id'));
        const ends = descendants(part, ['ept']).map((c) => c.getAttribute('id'));
        expect(ends).toEqual(starts);
      }
    }
  }
}
