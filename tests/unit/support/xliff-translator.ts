/**
 * What a translator's CAT tool does with an exported file, done with an XML library of its own
 * (@xmldom/xmldom, not the app's parser): each target becomes a copy of its source with the
 * inline codes kept and every piece of text translated. A piece the dictionary lacks fails the
 * test, so no unit is left half-translated by accident.
 */
import { DOMParser, XMLSerializer, type Element, type Node } from '@xmldom/xmldom';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function childElements(parent: Node, localName: string): Element[] {
  const found: Element[] = [];
  const nodes = parent.childNodes;
  for (let n = 0; n < nodes.length; n += 1) {
    const node = nodes.item(n)!;
    if (node.nodeType === ELEMENT_NODE && (node as Element).localName === localName) found.push(node as Element);
  }
  return found;
}

function translateText(node: Node, dict: Record<string, string>): void {
  const nodes = node.childNodes;
  for (let n = 0; n < nodes.length; n += 1) {
    const child = nodes.item(n)!;
    if (child.nodeType === TEXT_NODE) {
      const text = child.nodeValue ?? '';
      const translated = dict[text];
      if (translated === undefined) throw new Error(`no translation for ${JSON.stringify(text)}`);
      child.nodeValue = translated;
      (child as unknown as { data: string }).data = translated;
    } else if (child.nodeType === ELEMENT_NODE) {
      // Native codes (1.2's <bpt>/<ept>) are markup, not text to translate.
      const name = (child as Element).localName;
      if (name !== 'bpt' && name !== 'ept') translateText(child, dict);
    }
  }
}

export interface TranslateOptions {
  /** Only units whose id passes are translated; the others are left as exported. */
  only?: (id: string) => boolean;
}

export function translateXliff(xml: string, dict: Record<string, string>, options: TranslateOptions = {}): string {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const root = doc.documentElement!;
  const v2 = root.getAttribute('version') === '2.0';
  const list = doc.getElementsByTagName(v2 ? 'unit' : 'trans-unit');
  const units = Array.from({ length: list.length }, (_, n) => list.item(n)!);
  for (const unit of units) {
    if (options.only && !options.only(unit.getAttribute('id') ?? '')) continue;
    const holders = v2 ? childElements(unit, 'segment') : [unit];
    for (const holder of holders) {
      for (const old of childElements(holder, 'target')) holder.removeChild(old);
      const source = childElements(holder, 'source')[0]!;
      const target = doc.createElementNS(root.namespaceURI, 'target');
      const nodes = source.childNodes;
      for (let n = 0; n < nodes.length; n += 1) target.appendChild(nodes.item(n)!.cloneNode(true));
      translateText(target, dict);
      holder.insertBefore(target, source.nextSibling);
      if (v2) holder.setAttribute('state', 'translated');
      else target.setAttribute('state', 'translated');
    }
  }
  return new XMLSerializer().serializeToString(doc);
}
