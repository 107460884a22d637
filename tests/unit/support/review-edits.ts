import type { Release, Variant } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { paragraphsOf } from '@shared/review/paragraphs';
import { paragraphsToDoc } from '../../../src/main/library/seed';

/** Plain text of a version's paragraphs. */
export function textsOf(variant: Variant): string[] {
  return paragraphsOf(variant.body).map((p) => p.text);
}

export function versionIn(release: Release, lang: Lang): Variant {
  const variant = release.variants[lang];
  if (!variant) throw new Error(`release ${release.id} has no ${lang} version`);
  return variant;
}

/** A copy of the release with one version patched. */
export function patchVersion(release: Release, lang: Lang, patch: Partial<Variant>): Release {
  return {
    ...release,
    variants: { ...release.variants, [lang]: { ...versionIn(release, lang), ...patch } },
  };
}

/** A copy of the release with one version's paragraphs rewritten by `edit`. */
export function editParagraphs(
  release: Release,
  lang: Lang,
  edit: (texts: string[]) => string[],
): Release {
  return patchVersion(release, lang, {
    body: paragraphsToDoc(edit(textsOf(versionIn(release, lang)))),
  });
}

/** `texts` with the paragraph at `index` replaced by `replace(text)`. */
export function replaceAt(
  texts: string[],
  index: number,
  replace: (text: string) => string,
): string[] {
  return texts.map((text, i) => (i === index ? replace(text) : text));
}
