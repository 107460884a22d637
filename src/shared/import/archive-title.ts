/**
 * Titles of archive items, shared by the cutter (main) and the preview's Split (renderer): a
 * headline is a short line without sentence punctuation at its end; text without one is
 * titled by its first sentence, or its first words when that sentence runs long.
 */

/** Longest line still read as a headline, in characters and in words. */
export const MAX_HEADLINE_CHARS = 200;
export const MAX_HEADLINE_WORDS = 30;
/** A title made from running text stops after this many words. */
export const MAX_DERIVED_TITLE_WORDS = 14;
/** Fewer words than this before a full stop are an abbreviation or a label, not a sentence. */
const MIN_SENTENCE_WORDS = 3;

/** Closing quotes and brackets may follow a headline's last word. */
const CLOSERS = '"”»’)]';
/** A headline may end with a question ("What next for the CSTO?"), never with these (։ is Armenian's full stop). */
const SENTENCE_MARKS = '.!,;:…։';
const SENTENCE_ENDS = '.!?…։';

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

function lastMark(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text[end - 1]!)) end -= 1;
  return text[end - 1] ?? '';
}

export function isHeadlineText(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length > 0 &&
    trimmed.length <= MAX_HEADLINE_CHARS &&
    words(trimmed).length <= MAX_HEADLINE_WORDS &&
    !SENTENCE_MARKS.includes(lastMark(trimmed))
  );
}

/** The first sentence of `text` (without its full stop), or its first words and an ellipsis. */
export function titleFromText(text: string): string {
  const all = words(text);
  for (let i = MIN_SENTENCE_WORDS - 1; i < Math.min(all.length, MAX_DERIVED_TITLE_WORDS); i += 1) {
    const word = all[i]!;
    const mark = lastMark(word);
    if (mark !== '' && SENTENCE_ENDS.includes(mark)) {
      const sentence = all.slice(0, i + 1).join(' ');
      return (mark === '.' || mark === '։') && word.endsWith(mark) ? sentence.slice(0, -1) : sentence;
    }
  }
  if (all.length <= MAX_DERIVED_TITLE_WORDS) return all.join(' ');
  return `${all.slice(0, MAX_DERIVED_TITLE_WORDS).join(' ')}…`;
}
