import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../../..');

/** Bundles a TypeScript entry for a child process, so the child starts as plain Node. */
export async function bundleForNode(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, 'child.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile,
    alias: { '@shared': join(root, 'src/shared') },
    logLevel: 'error',
  });
  return outfile;
}
