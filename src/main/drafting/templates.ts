/**
 * Templates per kind of release and the boilerplate snippets they point to: what a library
 * holds, completed with the built-in template of any kind it lacks, and how a new release is
 * started from one.
 */
import {
  RELEASE_KINDS,
  type BoilerplateSnippet,
  type ReleaseKind,
  type ReleaseTemplate,
} from '@shared/domain';
import { defaultTemplate } from '@shared/drafting-defaults';
import type { Lang } from '@shared/languages';
import { AppError } from '../errors';
import type { DraftingKit, ReleaseStart } from '../library/library-api';

/** One template per kind, in the order of RELEASE_KINDS. */
export function effectiveTemplates(kit: DraftingKit): ReleaseTemplate[] {
  return RELEASE_KINDS.map(
    (kind) => kit.templates.find((template) => template.kind === kind) ?? defaultTemplate(kind),
  );
}

export function withTemplate(kit: DraftingKit, template: ReleaseTemplate): DraftingKit {
  return {
    ...kit,
    templates: [...effectiveTemplates(kit).filter((t) => t.kind !== template.kind), template],
  };
}

export function withDefaultTemplate(kit: DraftingKit, kind: ReleaseKind): DraftingKit {
  return withTemplate(kit, defaultTemplate(kind));
}

/** Adds the snippet, or replaces the one with its id. */
export function withSnippet(kit: DraftingKit, snippet: BoilerplateSnippet): DraftingKit {
  const at = kit.snippets.findIndex((s) => s.id === snippet.id);
  const snippets = at < 0 ? [...kit.snippets, snippet] : kit.snippets.with(at, snippet);
  return { ...kit, snippets };
}

export function withoutSnippet(kit: DraftingKit, id: string): DraftingKit {
  if (!kit.snippets.some((s) => s.id === id)) throw new AppError('not-found', `snippet ${id}`);
  // Templates that used it simply start without boilerplate from now on.
  const templates = kit.templates.map((t) => (t.snippetId === id ? { ...t, snippetId: null } : t));
  return { templates, snippets: kit.snippets.filter((s) => s.id !== id) };
}

/**
 * What a new release of `kind` in `lang` starts with. A template without a version in that
 * language lends its English version's structure (or the first it has), never its words'
 * language for the issuer: an issuer is only taken from the release's own language.
 */
export function startFromTemplate(kit: DraftingKit, kind: ReleaseKind, lang: Lang): ReleaseStart {
  const template = effectiveTemplates(kit).find((t) => t.kind === kind)!;
  const own = template.versions[lang];
  const structure = own ?? template.versions.en ?? Object.values(template.versions)[0];
  const snippet = kit.snippets.find((s) => s.id === template.snippetId);
  return {
    issuer: own?.issuer ?? '',
    contacts: template.contacts,
    boilerplate: snippet ? { ...snippet.texts } : {},
    lead: own?.lead ?? '',
    body: structure?.body,
    datelinePlace: own?.datelinePlace ?? '',
  };
}

/** The title a template gives, in the release's own language only. */
export function templateTitle(kit: DraftingKit, kind: ReleaseKind, lang: Lang): string {
  return effectiveTemplates(kit).find((t) => t.kind === kind)?.versions[lang]?.title ?? '';
}
