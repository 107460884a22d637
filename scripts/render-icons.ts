/**
 * Renders the app icon master (resources/icon.svg) to the PNG sizes the installers need:
 * resources/icons/<n>x<n>.png for Linux (deb, AppImage) and resources/icon.png (1024 px), from
 * which electron-builder makes the macOS .icns and the Windows .ico. The PNGs are committed;
 * run `npm run icons` after changing the SVG. Uses Debian's Chromium (CHROMIUM_PATH overrides).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const resources = join(root, 'resources');

/** Sizes of the Linux icon set (hicolor theme); 512 is also what AppImage picks. */
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
/** macOS wants a 1024 px source for the Retina 512@2x slot of the .icns. */
const MASTER_SIZE = 1024;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

function pageFor(svg: string, size: number): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}" style="display:block">`;
}

const svg = await readFile(join(resources, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const render = async (size: number, file: string): Promise<void> => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(pageFor(svg, size));
    await page.locator('img').evaluate((img: { decode(): Promise<void> }) => img.decode());
    await writeFile(file, await page.screenshot({ omitBackground: true, type: 'png' }));
    console.log(`[icons] ${file.slice(root.length)}`);
  };
  await mkdir(join(resources, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES)
    await render(size, join(resources, 'icons', `${size}x${size}.png`));
  await render(MASTER_SIZE, join(resources, 'icon.png'));
} finally {
  await browser.close();
}
