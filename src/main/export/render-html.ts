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
import { emptyLetterhead, letterheadFor, type Letterhead } from '@shared/letterhead';
import { embargoStamp, type ActiveEmbargo } from './embargo';
import { EXPORT_STRINGS, OG_LOCALES } from './export-strings';
import type { LanguageView } from './language-view';
import { escapeMarkup as esc, jsonForScript } from './markup-escape';
import type { PackageNames } from './package-names';
import { STYLESHEET_PATH } from './stylesheet';

export interface PackagePages {
  release: Release;
  /** The versions in the package, in the order the switcher lists them. */
  views: readonly LanguageView[];
  hasPdf: boolean;
  /** "Press Office 0.1.0", for the generator meta tag. */
  generator: string;
  /** What the pages and PDFs are called, for the links between them. */
  names: PackageNames;
  /** The library's letterhead; empty when none is set. */
  letterhead?: Letterhead;
  /** The embargo in force at export time, for the stamp at the top of each page. */
  embargo?: ActiveEmbargo | null;
}

/** Where the letterhead's logo goes in the package (pictures share the body's images/ folder). */
export function logoPackagePath(logo: string): string {
  return `images/${logo.slice('assets/'.length)}`;
}

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

function languageNav(pages: PackagePages, current: Lang | null, label: string): string {
  const items = pages.views.map((view) => {
    const here = view.lang === current ? ' aria-current="page"' : '';
    return `<li><a href="${pages.names.page(view.lang)}" hreflang="${view.lang}" lang="${view.lang}"${here}>${esc(LANG_NATIVE_NAMES[view.lang])}</a></li>`;
  });
  return `<nav class="languages" aria-label="${esc(label)}">\n<ul>\n${items.join('\n')}\n</ul>\n</nav>`;
}

function description(view: LanguageView): string {
  const text = view.lead || view.bodyText.replace(/\s+/g, ' ').trim() || view.title;
  return text.length > 300 ? `${text.slice(0, 297).trimEnd()}…` : text;
}

function newsArticleJsonLd(pages: PackagePages, view: LanguageView): unknown {
  const pageFile = pages.names.page;
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
  const pageFile = pages.names.page;
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

function section(id: string, heading: string, content: string): string {
  return `<section aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${esc(heading)}</h2>\n${content}\n</section>`;
}

/** The organisation's head: logo, name and address line, in the page's language. */
function letterhead(pages: PackagePages, view: LanguageView): string {
  const head = letterheadFor(
    pages.letterhead ?? emptyLetterhead(),
    view.lang,
    pages.release.sourceLang,
  );
  if (!head) return '';
  return [
    '<div class="letterhead">',
    // The name follows in text: the logo is decoration to a screen reader.
    ...(head.logo
      ? [`<img class="letterhead__logo" src="${esc(logoPackagePath(head.logo))}" alt="">`]
      : []),
    '<div class="letterhead__text">',
    ...(head.name ? [`<p class="letterhead__name">${esc(head.name)}</p>`] : []),
    ...(head.address ? [`<p class="letterhead__address">${esc(head.address)}</p>`] : []),
    '</div>',
    '</div>',
  ].join('\n');
}

/** The embargo as a stamp above the release: a word no one can miss and the time it lifts. */
function embargoBlock(pages: PackagePages, view: LanguageView): string {
  if (!pages.embargo) return '';
  const stamp = embargoStamp(pages.embargo, view.lang);
  return (
    `<div class="embargo-stamp" role="note">\n<p class="embargo-stamp__word">${esc(stamp.word)}</p>\n` +
    `<p class="embargo-stamp__until">${esc(stamp.until)}</p>\n</div>`
  );
}

/**
 * The body's last block and all that follows it, as one block that print keeps together
 * (moved to the next page whole rather than split), so the signature, contacts and tags are
 * never printed alone on an otherwise empty last page.
 */
function ending(view: LanguageView): string {
  const s = EXPORT_STRINGS[view.lang];
  const contacts = view.contacts.filter((c) => c.name || c.phone || c.email);
  const contactList = contacts.map((c) => contactItem(c, view.lang)).join('\n');
  const tagList = view.tags.map((t) => `<li>${esc(t.label)}</li>`).join('\n');
  const lastBlock = view.body.html.slice(view.body.lastBlockAt);
  return [
    '<div class="ending">',
    ...(lastBlock ? [`<div class="body">\n${lastBlock}\n</div>`] : []),
    ...(view.issuer ? [`<p class="issuer">${signatureLines(view.issuer)}</p>`] : []),
    ...(view.boilerplate.length
      ? [section('about', s.about, view.boilerplate.map((p) => `<p>${esc(p)}</p>`).join('\n'))]
      : []),
    ...(contacts.length
      ? [section('contacts', s.contacts, `<ul class="contacts">\n${contactList}\n</ul>`)]
      : []),
    ...(view.tags.length ? [section('tags', s.tags, `<ul class="tags">\n${tagList}\n</ul>`)] : []),
    // The agencies' end mark: nothing of the release follows.
    '<p class="end-mark">###</p>',
    '</div>',
  ].join('\n');
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
    ...(view.body.lastBlockAt > 0
      ? [`<div class="body">\n${view.body.html.slice(0, view.body.lastBlockAt)}\n</div>`]
      : []),
    ending(view),
    '</article>',
  ];
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
    languageNav(pages, view.lang, s.languages),
    letterhead(pages, view),
    '</header>',
    '<main>',
    embargoBlock(pages, view),
    ...article,
    '</main>',
    ...(pages.hasPdf
      ? [
          `<footer class="downloads">\n<p><a href="${pages.names.pdf(view.lang)}" type="application/pdf">${esc(s.pdfVersion)}</a></p>\n</footer>`,
        ]
      : []),
    '</body>',
    '</html>',
  ]
    .filter(Boolean)
    .join('\n')
    .concat('\n');
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
      ? ` · <a href="${pages.names.pdf(v.lang)}" type="application/pdf">${esc(EXPORT_STRINGS[v.lang].pdfVersion)}</a>`
      : '';
    return (
      `<li lang="${v.lang}">\n<span class="language">${esc(LANG_NATIVE_NAMES[v.lang])}</span>\n` +
      `<a href="${pages.names.page(v.lang)}" hreflang="${v.lang}">${esc(v.title || release.id)}</a>${pdf}\n</li>`
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
          (v) => `<link rel="alternate" hreflang="${v.lang}" href="${pages.names.page(v.lang)}">`,
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
