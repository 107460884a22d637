/**
 * One language version as a standalone HTML5 page: the article with its dateline, body,
 * issuer, contacts, boilerplate and tags; description, Open Graph and schema.org NewsArticle
 * metadata; links to the other language versions. The same page prints to PDF.
 *
 * No script runs in an exported page: the Content-Security-Policy allows none, and the only
 * script element is JSON-LD data. Nothing is inline but that data: styles come from the
 * package stylesheet only.
 */
import type { Release } from '@shared/domain';
import { LANG_NATIVE_NAMES, type Lang } from '@shared/languages';
import { EXPORT_STRINGS, OG_LOCALES } from './export-strings';
import type { LanguageView } from './language-view';
import { escapeMarkup as esc, jsonForScript } from './markup-escape';
import { STYLESHEET_PATH } from './stylesheet';

export interface PackagePages {
  release: Release;
  /** The versions in the package, in the order the switcher lists them. */
  views: readonly LanguageView[];
  hasPdf: boolean;
  /** "Press Office 0.1.0", for the generator meta tag. */
  generator: string;
}

export const pageFile = (lang: Lang): string => `${lang}.html`;
export const pdfFile = (lang: Lang): string => `${lang}.pdf`;

const TITLE_LIMIT = 70;

/**
 * The <title>: tabs and search results cut long titles anyway, so cut at a word to 70
 * characters as written in the file (entities count in full, as validators count them).
 */
export function documentTitle(title: string): string {
  if (esc(title).length <= TITLE_LIMIT) return title;
  const fits = (text: string) => esc(text.trimEnd()).length + 1 <= TITLE_LIMIT;
  let cut = '';
  for (const word of title.split(/(?<=\s)/)) {
    if (!fits(cut + word)) break;
    cut += word;
  }
  // One long first word: cut inside it.
  if (!cut.trim()) {
    for (const char of title) {
      if (!fits(cut + char)) break;
      cut += char;
    }
  }
  return `${cut.trimEnd().replace(/(?<![,.:;–—-])[,.:;–—-]+$/, '')}…`;
}

/** Phone numbers must not break across lines: no-break spaces and hyphens. */
function unbreakablePhone(phone: string): string {
  return phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function head(parts: {
  title: string;
  description: string;
  extra: string[];
  generator: string;
}): string {
  return [
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(CONTENT_SECURITY_POLICY)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(documentTitle(parts.title))}</title>`,
    `<meta name="description" content="${esc(parts.description)}">`,
    `<meta name="generator" content="${esc(parts.generator)}">`,
    ...parts.extra,
    `<link rel="stylesheet" href="${STYLESHEET_PATH}">`,
    '</head>',
  ].join('\n');
}

function languageNav(views: readonly LanguageView[], current: Lang | null, label: string): string {
  const items = views.map((view) => {
    const here = view.lang === current ? ' aria-current="page"' : '';
    return `<li><a href="${pageFile(view.lang)}" hreflang="${view.lang}" lang="${view.lang}"${here}>${esc(LANG_NATIVE_NAMES[view.lang])}</a></li>`;
  });
  return `<nav class="languages" aria-label="${esc(label)}">\n<ul>\n${items.join('\n')}\n</ul>\n</nav>`;
}

function description(view: LanguageView): string {
  const text = view.lead || view.bodyText.replace(/\s+/g, ' ').trim() || view.title;
  return text.length > 300 ? `${text.slice(0, 297).trimEnd()}…` : text;
}

function newsArticleJsonLd(pages: PackagePages, view: LanguageView): unknown {
  const { release } = pages;
  const source = pages.views.find((v) => v.lang === release.sourceLang);
  const translations = pages.views.filter((v) => v.lang !== release.sourceLang);
  const work = (v: LanguageView) => ({
    '@type': 'NewsArticle',
    url: pageFile(v.lang),
    inLanguage: v.lang,
    headline: v.title,
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: view.title,
    description: description(view),
    inLanguage: view.lang,
    datePublished: release.date,
    dateModified: release.updatedAt,
    dateline: view.dateline,
    genre: view.kindLabel,
    articleBody: view.bodyText,
    ...(view.issuer
      ? {
          author: { '@type': 'Organization', name: view.issuer },
          publisher: { '@type': 'Organization', name: view.issuer },
        }
      : {}),
    ...(view.place ? { locationCreated: { '@type': 'Place', name: view.place } } : {}),
    ...(view.tags.length ? { keywords: view.tags.map((t) => t.label) } : {}),
    ...(view.lang === release.sourceLang
      ? translations.length
        ? { workTranslation: translations.map(work) }
        : {}
      : source
        ? { translationOfWork: work(source) }
        : {}),
  };
}

function metadata(pages: PackagePages, view: LanguageView): string[] {
  const alternates = pages.views.map(
    (v) => `<link rel="alternate" hreflang="${v.lang}" href="${pageFile(v.lang)}">`,
  );
  const og = [
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${esc(view.title)}">`,
    `<meta property="og:description" content="${esc(description(view))}">`,
    `<meta property="og:locale" content="${OG_LOCALES[view.lang]}">`,
    ...pages.views
      .filter((v) => v.lang !== view.lang)
      .map((v) => `<meta property="og:locale:alternate" content="${OG_LOCALES[v.lang]}">`),
    ...(view.issuer ? [`<meta property="og:site_name" content="${esc(view.issuer)}">`] : []),
    `<meta property="article:published_time" content="${pages.release.date}">`,
    ...view.tags.map((t) => `<meta property="article:tag" content="${esc(t.label)}">`),
  ];
  const jsonLd = `<script type="application/ld+json">\n${jsonForScript(newsArticleJsonLd(pages, view))}\n</script>`;
  return [
    ...alternates,
    '<link rel="alternate" hreflang="x-default" href="index.html">',
    ...og,
    jsonLd,
  ];
}

function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{3,}$/.test(digits) ? `tel:${digits}` : null;
}

function contactItem(contact: LanguageView['contacts'][number], lang: Lang): string {
  const s = EXPORT_STRINGS[lang];
  const lines: string[] = [];
  if (contact.name) lines.push(`<strong>${esc(contact.name)}</strong>`);
  if (contact.role) lines.push(esc(contact.role));
  if (contact.phone) {
    const href = telHref(contact.phone);
    const phone = esc(unbreakablePhone(contact.phone));
    lines.push(`${esc(s.phone)} ${href ? `<a href="${esc(href)}">${phone}</a>` : phone}`);
  }
  if (contact.email) {
    const valid = /^[^\s@<>"'()]+@[^\s@<>"'().]+(?:\.[^\s@<>"'().]+)+$/.test(contact.email);
    const email = esc(contact.email);
    lines.push(`${esc(s.email)} ${valid ? `<a href="mailto:${email}">${email}</a>` : email}`);
  }
  return `<li><address>${lines.join('<br>')}</address></li>`;
}

function backMatter(view: LanguageView): string {
  const s = EXPORT_STRINGS[view.lang];
  const sections: string[] = [];
  const contacts = view.contacts.filter((c) => c.name || c.phone || c.email);
  if (contacts.length) {
    sections.push(
      `<section aria-labelledby="contacts-heading">\n<h2 id="contacts-heading">${esc(s.contacts)}</h2>\n` +
        `<ul class="contacts">\n${contacts.map((c) => contactItem(c, view.lang)).join('\n')}\n</ul>\n</section>`,
    );
  }
  if (view.boilerplate.length) {
    sections.push(
      `<section aria-labelledby="about-heading">\n<h2 id="about-heading">${esc(s.about)}</h2>\n` +
        `${view.boilerplate.map((p) => `<p>${esc(p)}</p>`).join('\n')}\n</section>`,
    );
  }
  if (view.tags.length) {
    sections.push(
      `<section aria-labelledby="tags-heading">\n<h2 id="tags-heading">${esc(s.tags)}</h2>\n` +
        `<ul class="tags">\n${view.tags.map((t) => `<li>${esc(t.label)}</li>`).join('\n')}\n</ul>\n</section>`,
    );
  }
  return sections.length ? `<div class="back-matter">\n${sections.join('\n')}\n</div>` : '';
}

/** A signature of several lines keeps them as written, with or without the stylesheet. */
function signatureLines(issuer: string): string {
  return issuer
    .split(/\r\n?|\n/)
    .map((line) => esc(line.trim()))
    .join('<br>');
}

export function renderLanguagePage(pages: PackagePages, view: LanguageView): string {
  const s = EXPORT_STRINGS[view.lang];
  const title = view.title || pages.release.id;
  const article = [
    '<article>',
    '<header>',
    `<p class="kind">${esc(view.kindLabel)}</p>`,
    `<h1>${esc(title)}</h1>`,
    `<p class="dateline"><time datetime="${pages.release.date}">${esc(view.dateline)}</time></p>`,
    '</header>',
    ...(view.lead ? [`<p class="lead">${esc(view.lead)}</p>`] : []),
    `<div class="body">\n${view.body.html}\n</div>`,
    ...(view.issuer ? [`<p class="issuer">${signatureLines(view.issuer)}</p>`] : []),
    backMatter(view),
    // The agencies' end mark: nothing of the release follows.
    '<p class="end-mark">###</p>',
    '</article>',
  ].filter(Boolean);
  return [
    '<!DOCTYPE html>',
    `<html lang="${view.lang}" dir="ltr">`,
    head({
      title,
      description: description(view),
      extra: metadata(pages, view),
      generator: pages.generator,
    }),
    '<body>',
    '<header>',
    languageNav(pages.views, view.lang, s.languages),
    '</header>',
    '<main>',
    ...(view.embargo ? [`<p class="embargo" role="note">${esc(view.embargo)}</p>`] : []),
    ...article,
    '</main>',
    ...(pages.hasPdf
      ? [
          `<footer class="downloads">\n<p><a href="${pdfFile(view.lang)}" type="application/pdf">${esc(s.pdfVersion)}</a></p>\n</footer>`,
        ]
      : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** index.html: every version's title in its own language, with links to its page and PDF. */
export function renderIndexPage(pages: PackagePages): string {
  const { release } = pages;
  const first = pages.views.find((v) => v.lang === release.sourceLang) ?? pages.views[0];
  if (!first) throw new Error(`release ${release.id}: no language version to export`);
  const title = first.title || release.id;
  const embargoes = pages.views
    .filter((v) => v.embargo)
    .map((v) => `<p class="embargo" role="note" lang="${v.lang}">${esc(v.embargo!)}</p>`);
  const versions = pages.views.map((v) => {
    const pdf = pages.hasPdf
      ? ` · <a href="${pdfFile(v.lang)}" type="application/pdf">${esc(EXPORT_STRINGS[v.lang].pdfVersion)}</a>`
      : '';
    return (
      `<li lang="${v.lang}">\n<span class="language">${esc(LANG_NATIVE_NAMES[v.lang])}</span>\n` +
      `<a href="${pageFile(v.lang)}" hreflang="${v.lang}">${esc(v.title || release.id)}</a>${pdf}\n</li>`
    );
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${first.lang}" dir="ltr">`,
    head({
      title,
      description: description(first),
      extra: [
        ...pages.views.map(
          (v) => `<link rel="alternate" hreflang="${v.lang}" href="${pageFile(v.lang)}">`,
        ),
      ],
      generator: pages.generator,
    }),
    '<body>',
    '<main>',
    ...embargoes,
    `<p class="kind">${esc(first.kindLabel)}</p>`,
    `<h1>${esc(title)}</h1>`,
    `<p class="dateline"><time datetime="${release.date}">${esc(first.dateline)}</time></p>`,
    `<nav aria-label="${esc(EXPORT_STRINGS[first.lang].languages)}">`,
    `<ul class="versions">\n${versions.join('\n')}\n</ul>`,
    '</nav>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
