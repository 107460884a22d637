import type { Release, TiptapDoc, VariantStatus } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { recordSourceBase } from '@shared/review/source-base';
import { FIXTURE_NOW } from '../../fixtures';

export const TEST_APP = { name: 'Press Office', version: '0.0.0-test' };

/** A copy with every version (or the listed ones) set to `status`, history included. */
export function withStatus(
  release: Release,
  status: VariantStatus,
  langs: readonly Lang[] = Object.keys(release.variants) as Lang[],
  by = 'Editor on duty',
): Release {
  const copy: Release = structuredClone(release);
  for (const lang of langs) {
    const variant = copy.variants[lang];
    if (!variant) continue;
    variant.status = status;
    variant.statusHistory = [
      ...variant.statusHistory,
      { status, by, at: FIXTURE_NOW.toISOString() },
    ];
  }
  return copy;
}

/** A copy whose translations were brought up to date against the source as it is. */
export function tracked(release: Release): Release {
  const copy: Release = structuredClone(release);
  const source = copy.variants[copy.sourceLang]!;
  for (const variant of Object.values(copy.variants)) {
    if (variant && variant.lang !== copy.sourceLang) {
      variant.sourceBase = recordSourceBase(source, FIXTURE_NOW.toISOString());
    }
  }
  return copy;
}

/** Every version approved, every translation current: what may be exported as it is. */
export const approved = (release: Release): Release => tracked(withStatus(release, 'approved'));

/** The source's first paragraph edited after the translations were brought up to date. */
export function withSourceEdited(release: Release): Release {
  const copy: Release = structuredClone(release);
  const source = copy.variants[copy.sourceLang]!;
  source.body.content![0] = {
    type: 'paragraph',
    content: [{ type: 'text', text: 'A sentence added after the translation was approved.' }],
  };
  return copy;
}

export const HOSTILE_TITLE = 'Breaking </title><script>alert("title")</script> & “news”';
export const HOSTILE_LEAD = '<img src=x onerror="window.__pwned=1"> lead with </script> inside';
export const HOSTILE_ALT = 'He said "hello" <b>loudly</b>';

/** A body with everything an attacker could store in the JSON. */
export const HOSTILE_BODY: TiptapDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: '<script>window.__pwned=2</script>' }] },
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'click me',
          marks: [{ type: 'link', attrs: { href: 'javascript:window.__pwned=3' } }],
        },
        { type: 'text', text: ' and <a href="javascript:alert(1)">this</a>' },
      ],
    },
    {
      type: 'paragraph',
      attrs: { onclick: 'window.__pwned=4' },
      content: [
        {
          type: 'image',
          attrs: {
            src: `assets/${'a'.repeat(64)}.png`,
            alt: HOSTILE_ALT,
            onerror: 'window.__pwned=5',
          },
        },
        { type: 'image', attrs: { src: 'javascript:window.__pwned=6', alt: 'x' } },
      ],
    },
    {
      type: 'image',
      attrs: {
        src: `assets/${'a'.repeat(64)}.png`,
        alt: HOSTILE_ALT,
        caption: '</figcaption><script>x</script>',
      },
    },
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'a real link',
          marks: [{ type: 'link', attrs: { href: 'https://example.org/?a=1&b="2"' } }],
        },
        { type: 'text', text: ' and ' },
        {
          type: 'text',
          text: 'a data link',
          marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>x</script>' } }],
        },
      ],
    },
    { type: 'script', content: [{ type: 'text', text: 'window.__pwned=7' }] },
    {
      type: 'heading',
      attrs: { level: '2" onmouseover="window.__pwned=8' },
      content: [{ type: 'text', text: 'Sub' }],
    },
  ],
};

/** A 1×1 PNG, the picture the hostile body refers to. */
export const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export function hostileRelease(base: Release): Release {
  const copy: Release = structuredClone(base);
  const source = copy.variants[copy.sourceLang]!;
  source.title = HOSTILE_TITLE;
  source.lead = HOSTILE_LEAD;
  source.body = HOSTILE_BODY;
  copy.issuer = 'Issuer <script>window.__pwned=9</script>';
  copy.contacts = [
    {
      name: '<b>Name</b>',
      role: 'Role "quoted"',
      phone: '+1 (555) 010-0000',
      email: 'x@example.org" onclick="y',
    },
  ];
  copy.boilerplate = { [copy.sourceLang]: 'About <iframe src="javascript:alert(1)"></iframe>' };
  return approved(copy);
}
