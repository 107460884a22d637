/** Escaping for the XML this module writes, and the characters XML 1.0 cannot carry. */

export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export function escapeAttr(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** True for a code point XML 1.0 allows in a document. */
export function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

export type TextPiece = { kind: 'text'; text: string } | { kind: 'char'; cp: number };

/** Text cut into what XML can carry and the single characters it cannot (written as codes). */
export function xmlPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let run = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // A lone surrogate reads as one code point in the surrogate range: not an XML character.
    if (isXmlChar(cp)) {
      run += ch;
      continue;
    }
    if (run !== '') pieces.push({ kind: 'text', text: run });
    run = '';
    pieces.push({ kind: 'char', cp });
  }
  if (run !== '') pieces.push({ kind: 'text', text: run });
  return pieces;
}

export function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}
