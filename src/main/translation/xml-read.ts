/**
 * Reading an XML file someone else wrote, safely. fast-xml-parser is a pure JavaScript parser
 * that never fetches anything: it has no notion of external entities, so XXE cannot happen,
 * and it is already how this project reads XML. On top of it:
 * - a document type declaration is refused outright: XLIFF and TMX need none, and refusing
 *   it rules out entity-expansion bombs ("billion laughs") whatever the parser would do;
 * - entity processing in the parser is off; this module decodes only XML's five predefined
 *   entities and character references, and an unknown entity is an error;
 * - size and nesting depth are bounded.
 * The result is a plain tree of elements (local names, namespace prefixes dropped) and text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../errors';
import { isXmlChar } from './xml-text';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Far above any real file of a language version or a memory of a centre (characters). */
export const MAX_XML_CHARS = 64 * 1024 * 1024;
const MAX_DEPTH = 64;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(xml: string, what: string): XmlElement {
  if (xml.length > MAX_XML_CHARS) throw new AppError('too-large', `${what}: the file is larger than ${MAX_XML_CHARS / 1024 / 1024} MB`);
  if (xml.includes('<!DOCTYPE') || xml.includes('<!ENTITY'))
    throw new AppError('invalid-input', `${what}: a document type declaration (DTD) is not allowed in this file`);
  const check = XMLValidator.validate(xml);
  if (check !== true)
    throw new AppError('invalid-input', `${what}: not well-formed XML at line ${check.err.line}, column ${check.err.col}: ${check.err.msg}`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    htmlEntities: false,
    cdataPropName: '#cdata',
    commentPropName: '#comment',
    maxNestedTags: MAX_DEPTH,
  });
  let parsed: unknown;
  try {
    parsed = parser.parse(xml);
  } catch (error) {
    throw new AppError('invalid-input', `${what}: ${(error as Error).message}`);
  }
  const roots = (parsed as RawNode[]).map((n) => toNode(n, what)).filter((n): n is XmlElement => typeof n !== 'string' && n !== null);
  if (roots.length !== 1) throw new AppError('invalid-input', `${what}: the file has no root element`);
  return roots[0]!;
}

type RawNode = Record<string, unknown>;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function toNode(raw: RawNode, what: string): XmlNode | null {
  if ('#text' in raw) return decodeEntities(String(raw['#text']), what);
  if ('#cdata' in raw) {
    const parts = raw['#cdata'] as RawNode[];
    return parts.map((p) => String(p['#text'] ?? '')).join('');
  }
  const name = Object.keys(raw).find((k) => k !== ':@');
  if (name === undefined || name === '#comment' || name.startsWith('?')) return null;
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries((raw[':@'] as Record<string, unknown> | undefined) ?? {})) {
    if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
    attrs[localName(key)] = decodeEntities(String(value), what);
  }
  const children = ((raw[name] as RawNode[] | undefined) ?? [])
    .map((child) => toNode(child, what))
    .filter((n): n is XmlNode => n !== null);
  return { name: localName(name), attrs, children };
}

/** XML's predefined entities and character references; anything else is refused. */
export function decodeEntities(text: string, what: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const amp = text.indexOf('&', at);
    if (amp === -1) return out + text.slice(at);
    const end = text.indexOf(';', amp);
    if (end === -1 || end - amp > 12) throw new AppError('invalid-input', `${what}: a bare "&" in the text`);
    out += text.slice(at, amp) + entityValue(text.slice(amp + 1, end), what);
    at = end + 1;
  }
}

function entityValue(name: string, what: string): string {
  const predefined = PREDEFINED[name];
  if (predefined !== undefined) return predefined;
  if (name.startsWith('#')) {
    const hex = name[1] === 'x';
    const digits = name.slice(hex ? 2 : 1);
    const cp = digits !== '' && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
    if (Number.isInteger(cp) && isXmlChar(cp)) return String.fromCodePoint(cp);
  }
  throw new AppError('invalid-input', `${what}: unknown entity "&${name};"`);
}

// --- Helpers for walking the tree -----------------------------------------------------------

export function elements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function firstElement(node: XmlElement, name: string): XmlElement | undefined {
  return elements(node, name)[0];
}

export function textOf(node: XmlElement): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
