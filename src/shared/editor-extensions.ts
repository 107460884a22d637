/**
 * The rich-text schema of a release body. The editor and the HTML exporter both build from
 * this list, so what can be typed is exactly what can be exported. No DOM or React here.
 */
import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';

/** Headings inside a body: the release title is the document's top heading. */
export const BODY_HEADING_LEVELS = [2, 3] as const;

export function editorExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [...BODY_HEADING_LEVELS] },
      // A press release has no code, strike-through, rules or links in its body text.
      code: false,
      codeBlock: false,
      strike: false,
      horizontalRule: false,
      link: false,
    }),
  ];
}
