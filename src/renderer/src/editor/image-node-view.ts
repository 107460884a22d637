import type { Editor, NodeViewRenderer } from '@tiptap/core';
import { assetUrl } from './asset-urls';

/**
 * How the editor shows a picture: a figure with the image (its stored `assets/…` path
 * resolved to a blob: URL) and its caption. The node is an atom: its alt text and caption are
 * edited in the picture dialog, never inside the figure.
 */
export function imageNodeView(onOpen: (editor: Editor, pos: number) => void): NodeViewRenderer {
  return ({ node, getPos, editor }) => {
    const figure = document.createElement('figure');
    figure.className = 'body-figure';
    const img = document.createElement('img');
    img.className = 'body-figure__image';
    img.draggable = false;
    const caption = document.createElement('figcaption');
    caption.className = 'body-figure__caption';
    figure.append(img, caption);
    let shownSrc = '';

    const render = (attrs: Record<string, unknown>) => {
      img.alt = typeof attrs.alt === 'string' ? attrs.alt : '';
      const text = typeof attrs.caption === 'string' ? attrs.caption : '';
      caption.textContent = text;
      caption.hidden = text === '';
      const src = typeof attrs.src === 'string' ? attrs.src : '';
      if (src === shownSrc) return;
      shownSrc = src;
      figure.classList.remove('is-missing');
      assetUrl(src)
        .then((url) => {
          if (shownSrc === src) img.src = url;
        })
        .catch(() => figure.classList.add('is-missing'));
    };
    render(node.attrs);
    figure.addEventListener('dblclick', () => {
      const pos = getPos();
      if (typeof pos === 'number') onOpen(editor, pos);
    });

    return {
      dom: figure,
      update: (updated) => {
        if (updated.type !== node.type) return false;
        render(updated.attrs);
        return true;
      },
      ignoreMutation: () => true,
    };
  };
}
