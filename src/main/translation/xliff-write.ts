/**
 * Writing XLIFF 2.0 and 1.2. One <file> per release, one unit per title, lead and body
 * paragraph. Inline formatting becomes paired codes: <pc> (2.0) and <g> (1.2) for bold,
 * italic and underline, a link with its address kept as original data (2.0 <data>, 1.2
 * <bpt>/<ept> native code), a line break a standalone code (<ph>, <x>). What import needs
 * to tell whether the target changed since the export (the target's fingerprint at export)
 * travels in the places each version has for it: the Metadata module in 2.0, a context
 * group in 1.2.
 */
import type { Lang } from '@shared/languages';
import { fingerprint } from '@shared/review/fingerprint';
import { codeSource, codeTarget, type CodedInline } from './inline-ids';
import type { InlineFormat } from './inline';
import type { TranslationUnit } from './units';
import { escapeAttr, escapeText, hex4, xmlPieces } from './xml-text';

export type XliffVersion = '2.0' | '1.2';

export interface XliffFileInput {
  releaseId: string;
  releaseRev: number;
  units: TranslationUnit[];
}

export interface XliffInput {
  version: XliffVersion;
  sourceLang: Lang;
  targetLang: Lang;
  exportedAt: string;
  files: XliffFileInput[];
}

export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
/** Where the export state is kept (a metaGroup category in 2.0, a context-group name in 1.2). */
export const STATE_GROUP = 'press-office';
export const TARGET_FP = 'x-target-fingerprint';

export function writeXliff(input: XliffInput): string {
  return input.version === '2.0' ? writeXliff2(input) : writeXliff12(input);
}

const FMT_SUBTYPE: Record<Exclude<InlineFormat['kind'], 'link'>, string> = {
  bold: 'xlf:b',
  italic: 'xlf:i',
  underline: 'xlf:u',
};

const CTYPE_12: Record<Exclude<InlineFormat['kind'], 'link'>, string> = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underlined',
};

export function linkStartCode(href: string): string {
  return `<a href="${href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
}
export const LINK_END_CODE = '</a>';

// --- 2.0 --------------------------------------------------------------------------------

function writeXliff2(input: XliffInput): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF2_NS}" xmlns:mda="${MDA_NS}" version="2.0" srcLang="${input.sourceLang}" trgLang="${input.targetLang}">`,
  ];
  for (const file of input.files) {
    out.push(`  <file id="${escapeAttr(file.releaseId)}" original="releases/${escapeAttr(file.releaseId)}.json">`);
    out.push(`    <notes><note category="release">${escapeText(`${file.releaseId} rev ${file.releaseRev}, exported ${input.exportedAt}`)}</note></notes>`);
    for (const unit of file.units) out.push(...unit2(unit));
    out.push('  </file>');
  }
  out.push('</xliff>', '');
  return out.join('\n');
}

function unit2(unit: TranslationUnit): string[] {
  const source = codeSource(unit.source);
  const target = codeTarget(unit.target, source);
  const data = new Map<string, string>();
  const lines = [`    <unit id="${escapeAttr(unit.id)}" name="${escapeAttr(unit.name)}">`];
  lines.push(
    `      <mda:metadata><mda:metaGroup category="${STATE_GROUP}"><mda:meta type="${TARGET_FP}">${fingerprint(unit.targetText)}</mda:meta></mda:metaGroup></mda:metadata>`,
  );
  if (unit.notes.length > 0) {
    const notes = unit.notes.map(
      (n) => `<note category="${n.category}">${plainXmlText(n.from ? `${n.from}: ${n.text}` : n.text)}</note>`,
    );
    lines.push(`      <notes>${notes.join('')}</notes>`);
  }
  const sourceXml = inline2(source, data);
  const targetXml = unit.targetText === '' ? null : inline2(target, data);
  if (data.size > 0) {
    const items = [...data].map(([id, code]) => `<data id="${id}">${inline2Text(code)}</data>`);
    lines.push(`      <originalData>${items.join('')}</originalData>`);
  }
  lines.push(`      <segment state="${targetXml === null ? 'initial' : 'translated'}">`);
  lines.push(`        <source xml:space="preserve">${sourceXml}</source>`);
  if (targetXml !== null) lines.push(`        <target xml:space="preserve">${targetXml}</target>`);
  lines.push('      </segment>', '    </unit>');
  return lines;
}

/** Text with the characters XML cannot carry as <cp/>. */
function inline2Text(text: string): string {
  return xmlPieces(text)
    .map((p) => (p.kind === 'text' ? escapeText(p.text) : `<cp hex="${hex4(p.cp)}"/>`))
    .join('');
}

function inline2(items: readonly CodedInline[], data: Map<string, string>): string {
  return items
    .map((item) => {
      if (item.type === 'text') return inline2Text(item.text);
      if (item.type === 'break') return `<ph id="${item.id}" type="fmt" subType="xlf:lb"/>`;
      const inner = inline2(item.children, data);
      if (item.format.kind !== 'link')
        return `<pc id="${item.id}" type="fmt" subType="${FMT_SUBTYPE[item.format.kind]}">${inner}</pc>`;
      data.set(`d${item.id}s`, linkStartCode(item.format.href));
      data.set(`d${item.id}e`, LINK_END_CODE);
      return `<pc id="${item.id}" type="link" dataRefStart="d${item.id}s" dataRefEnd="d${item.id}e">${inner}</pc>`;
    })
    .join('');
}

// --- 1.2 --------------------------------------------------------------------------------

function writeXliff12(input: XliffInput): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF12_NS}" version="1.2">`,
  ];
  for (const file of input.files) {
    out.push(
      `  <file original="releases/${escapeAttr(file.releaseId)}.json" source-language="${input.sourceLang}" target-language="${input.targetLang}" datatype="x-press-office-release" date="${escapeAttr(input.exportedAt)}" product-name="Press Office" build-num="${file.releaseRev}">`,
    );
    out.push(`    <header><note>${escapeText(`${file.releaseId} rev ${file.releaseRev}`)}</note></header>`, '    <body>');
    for (const unit of file.units) out.push(...unit12(unit));
    out.push('    </body>', '  </file>');
  }
  out.push('</xliff>', '');
  return out.join('\n');
}

function unit12(unit: TranslationUnit): string[] {
  const source = codeSource(unit.source);
  const target = codeTarget(unit.target, source);
  const lines = [`      <trans-unit id="${escapeAttr(unit.id)}" resname="${escapeAttr(unit.name)}" xml:space="preserve">`];
  lines.push(`        <source>${inline12(source)}</source>`);
  if (unit.targetText !== '') lines.push(`        <target state="translated">${inline12(target)}</target>`);
  lines.push(
    `        <context-group name="${STATE_GROUP}" purpose="information"><context context-type="${TARGET_FP}">${fingerprint(unit.targetText)}</context></context-group>`,
  );
  for (const note of unit.notes) {
    const from = note.from ? ` from="${escapeAttr(note.from)}"` : '';
    lines.push(`        <note${from} annotates="${note.category === 'term' ? 'source' : 'general'}">${plainXmlText(note.category === 'term' ? `Term: ${note.text}` : note.text)}</note>`);
  }
  lines.push('      </trans-unit>');
  return lines;
}

/** 1.2 has no <cp>: a character XML cannot carry is kept as a placeholder naming it. */
function inline12Text(text: string, ids: { n: number }): string {
  return xmlPieces(text)
    .map((p) => {
      if (p.kind === 'text') return escapeText(p.text);
      ids.n += 1;
      return `<x id="c${ids.n}" ctype="x-cp-${hex4(p.cp)}"/>`;
    })
    .join('');
}

/** Notes carry plain text only: a character XML cannot carry is dropped there. */
function plainXmlText(text: string): string {
  return xmlPieces(text)
    .map((p) => (p.kind === 'text' ? escapeText(p.text) : ''))
    .join('');
}

function inline12(items: readonly CodedInline[], ids = { n: 0 }): string {
  return items
    .map((item) => {
      if (item.type === 'text') return inline12Text(item.text, ids);
      if (item.type === 'break') return `<x id="${item.id}" ctype="lb"/>`;
      const inner = inline12(item.children, ids);
      if (item.format.kind !== 'link')
        return `<g id="${item.id}" ctype="${CTYPE_12[item.format.kind]}">${inner}</g>`;
      return `<bpt id="${item.id}" ctype="link">${escapeText(linkStartCode(item.format.href))}</bpt>${inner}<ept id="${item.id}">${escapeText(LINK_END_CODE)}</ept>`;
    })
    .join('');
}
