/**
 * A build plugin for the main process: emits the export fonts and their licences into the
 * bundle's fonts/ folder (out/main/fonts/), so the packaged app and the CLI carry them
 * without node_modules. fonts.ts looks for them there.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { FONT_FILES, FONT_LICENSES } from './font-files';

export function exportFontAssets(): Plugin {
  const require = createRequire(import.meta.url);
  const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
  return {
    name: 'press-office-export-fonts',
    apply: 'build',
    generateBundle() {
      for (const font of FONT_FILES) {
        this.emitFile({
          type: 'asset',
          fileName: `fonts/${font.file}`,
          source: readFileSync(join(packageDir(font.package), 'files', font.file)),
        });
      }
      for (const licence of FONT_LICENSES) {
        this.emitFile({
          type: 'asset',
          fileName: `fonts/${licence.as}`,
          source: readFileSync(join(packageDir(licence.package), licence.file)),
        });
      }
    },
  };
}
