import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { executableCli } from './src/main/cli/executable-plugin';
import { exportFontAssets } from './src/main/export/font-assets-plugin';

const root = dirname(fileURLToPath(import.meta.url));
const shared = { '@shared': resolve(root, 'src/shared') };

// Everything is bundled (externalizeDeps: false): lowdb and steno are ESM-only, the sandboxed
// preload must be a single CommonJS file, and the packaged app then needs no node_modules.
export default defineConfig({
  main: {
    resolve: { alias: shared },
    // The export fonts ship beside the bundle, in out/main/fonts/; cli.js is the package's bin.
    plugins: [exportFontAssets(), executableCli()],
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: {
          index: resolve(root, 'src/main/index.ts'),
          host: resolve(root, 'src/main/host/cli.ts'),
          cli: resolve(root, 'src/main/cli/index.ts'),
          // Converts imported files off main's event loop (src/main/import/convert-in-worker.ts).
          'import-worker': resolve(root, 'src/main/import/import-worker.ts'),
        },
        // Only the CLI's PDF engine uses it (the app prints with Electron), and it does not
        // survive bundling; `npx press-office` runs where node_modules is. leveldown (the sync
        // replica's store, a native module loaded from its own prebuilds) cannot be bundled either.
        external: ['playwright-core', 'leveldown'],
        // The worker and the chunks it imports are unpacked from app.asar (electron-builder.yml's
        // asarUnpack), where no package.json says "type": "module": .mjs says it alone.
        output: {
          entryFileNames: (chunk) => (chunk.name === 'import-worker' ? '[name].mjs' : '[name].js'),
          chunkFileNames: 'chunks/[name]-[hash].mjs',
        },
      },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    resolve: { alias: shared },
    plugins: [react()],
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
    },
  },
});
