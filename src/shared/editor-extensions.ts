/**
 * The rich-text schema of a release body. The editor and the HTML exporter both build from
 * this list, so what can be typed is exactly what can be exported. No DOM or React here.
 * Adding a node or mark changes the file format: add new ones, never change existing ones.
 */
import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { BodyImage } from './body-image';
import { isAllowedHref, LINK_PROTOCOLS } from './link-policy';

/** Headings inside a body: the release title is the document's top heading. */
export const BODY_HEADING_LEVELS = [2, 3] as const;

export function editorExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [...BODY_HEADING_LEVELS] },
      // A press release has no code, strike-through or rules in its body text.
      code: false,
      codeBlock: false,
      strike: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        defaultProtocol: 'https',
        protocols: [...LINK_PROTOCOLS],
        isAllowedUri: (url) => isAllowedHref(url),
        // Stored links carry their address only; how they open is the exporter's business.
        HTMLAttributes: { target: null, rel: null, class: null },
      },
    }),
    BodyImage,
  ];
}
