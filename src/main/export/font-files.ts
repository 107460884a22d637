/**
 * The font files a package bundles: Noto Sans for Latin and Cyrillic (the cyrillic-ext
 * subset carries Kazakh, Kyrgyz and Tajik letters: ә ғ қ ң ө ұ ү һ і ӣ ӯ ҳ ҷ) and Noto Sans
 * Armenian. Plain data without imports, so the build config can read it too.
 */

export interface FontFile {
  /** npm package the file ships in (under its files/ folder). */
  package: string;
  file: string;
  family: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  unicodeRange: string;
}

/** Ranges as @fontsource declares them for each subset. */
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
const CYRILLIC_EXT = 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F';
const ARMENIAN = 'U+0530-058F,U+FB13-FB17';

const NOTO_SANS_SUBSETS = [
  ['latin', LATIN],
  ['latin-ext', LATIN_EXT],
  ['cyrillic', CYRILLIC],
  ['cyrillic-ext', CYRILLIC_EXT],
] as const;

export const FONT_FAMILY_STACK = "'Noto Sans', 'Noto Sans Armenian', sans-serif";

export const FONT_FILES: readonly FontFile[] = [
  ...NOTO_SANS_SUBSETS.flatMap(([subset, unicodeRange]) =>
    ([400, 700] as const).flatMap((weight) =>
      (['normal', 'italic'] as const).map((style): FontFile => ({
        package: '@fontsource/noto-sans',
        file: `noto-sans-${subset}-${weight}-${style}.woff2`,
        family: 'Noto Sans',
        weight,
        style,
        unicodeRange,
      })),
    ),
  ),
  // Noto Sans Armenian has no italic; the browser slants the upright face.
  ...([400, 700] as const).map((weight): FontFile => ({
    package: '@fontsource/noto-sans-armenian',
    file: `noto-sans-armenian-armenian-${weight}-normal.woff2`,
    family: 'Noto Sans Armenian',
    weight,
    style: 'normal',
    unicodeRange: ARMENIAN,
  })),
];

/** The SIL Open Font License must travel with the fonts. */
export const FONT_LICENSES = [
  { package: '@fontsource/noto-sans', file: 'LICENSE', as: 'LICENSE-noto-sans.txt' },
  {
    package: '@fontsource/noto-sans-armenian',
    file: 'LICENSE',
    as: 'LICENSE-noto-sans-armenian.txt',
  },
] as const;
