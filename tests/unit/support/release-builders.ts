import type { Release, TiptapDoc } from '@shared/domain';

export function paragraphs(...texts: string[]): TiptapDoc {
  return {
    type: 'doc',
    content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

/** The same release with its source version's title and body replaced. */
export function withSourceText(release: Release, title: string, ...body: string[]): Release {
  const source = release.variants[release.sourceLang];
  if (!source) throw new Error('release without a source version');
  return {
    ...release,
    variants: { ...release.variants, [release.sourceLang]: { ...source, title, body: paragraphs(...body) } },
  };
}
