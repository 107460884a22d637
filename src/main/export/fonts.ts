/**
 * Finds the bundled font files and declares them to CSS. The main-process build emits them
 * next to its bundle (out/main/fonts/, see font-assets-plugin.ts), which the packaged app
 * carries inside out/; a caller may name another flat folder (the app's resources); run from
 * source (tests, tsx) they are read from node_modules/@fontsource.
 */
import { access, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FILES, FONT_LICENSES } from './font-files';
import type { PackageFile } from './package-file';

const FONTS_FOLDER = 'fonts';

/** @font-face rules for the package stylesheet, which sits in styles/. */
export function fontFaceCss(): string {
  return FONT_FILES.map(
    (font) =>
      `@font-face {\n  font-family: '${font.family}';\n  font-style: ${font.style};\n` +
      `  font-weight: ${font.weight};\n  font-display: block;\n` +
      `  src: url('../${FONTS_FOLDER}/${font.file}') format('woff2');\n` +
      `  unicode-range: ${font.unicodeRange};\n}`,
  ).join('\n');
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Where the build puts them: beside this module, or one up when it lands in chunks/. */
const BUILT_FOLDERS = [`./${FONTS_FOLDER}/`, `../${FONTS_FOLDER}/`].map((relative) =>
  fileURLToPath(new URL(relative, import.meta.url)),
);

/** A folder holding fonts and licences flat, as the build emits them; null when there is none. */
async function flatFolder(bundledDir: string | undefined): Promise<string | null> {
  for (const folder of [...(bundledDir ? [bundledDir] : []), ...BUILT_FOLDERS]) {
    const complete = await Promise.all([
      exists(join(folder, FONT_FILES[0]!.file)),
      exists(join(folder, FONT_LICENSES[0].as)),
    ]);
    if (complete.every(Boolean)) return folder;
  }
  return null;
}

/**
 * The font files and their licences as package files under fonts/: from `bundledDir` (a
 * folder holding them flat, e.g. the app's resources), else the build's fonts/ folder, else
 * the @fontsource packages in node_modules.
 */
export async function loadFontFiles(bundledDir?: string): Promise<PackageFile[]> {
  const flat = await flatFolder(bundledDir);
  const require = createRequire(import.meta.url);
  const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
  const sources = [
    ...FONT_FILES.map((font) => ({
      path: `${FONTS_FOLDER}/${font.file}`,
      from: flat ? join(flat, font.file) : join(packageDir(font.package), 'files', font.file),
    })),
    ...FONT_LICENSES.map((licence) => ({
      path: `${FONTS_FOLDER}/${licence.as}`,
      from: flat ? join(flat, licence.as) : join(packageDir(licence.package), licence.file),
    })),
  ];
  return Promise.all(
    sources.map(async (source) => ({
      path: source.path,
      bytes: new Uint8Array(await readFile(source.from)),
    })),
  );
}
