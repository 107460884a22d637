import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchBrowser } from './browser';
import { startHost, type HostOptions, type RunningHost } from './host';
import { makeTempLibrary } from './temp-library';

/** One browser on one host over one fresh temp library: the set-up most e2e files share. */
export interface AppSession {
  browser: Browser;
  library: Awaited<ReturnType<typeof makeTempLibrary>>;
  host: RunningHost;
  /** The browser context of `page`: its tabs share sessionStorage origins and BroadcastChannels. */
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions of `page` and of every page `openTab` opened. */
  errors: string[];
  /** Another tab of the app in the same context, as a second window of one app is. */
  openTab(): Promise<Page>;
  close(): Promise<void>;
}

export interface AppSessionOptions {
  viewport?: { width: number; height: number };
  /** Runs on the library folder before the host opens it, e.g. to plant a damaged file. */
  prepareLibrary?: (dir: string) => Promise<void>;
  host?: HostOptions;
  /** Runs in the page before any of the app's scripts, on every load. */
  initScript?: string;
  /** Runs against the host before the page opens, e.g. to create releases through the API. */
  seed?: (host: RunningHost) => Promise<unknown>;
}

export async function openAppSession(options: AppSessionOptions = {}): Promise<AppSession> {
  const browser = await launchBrowser();
  const library = await makeTempLibrary();
  await options.prepareLibrary?.(library.dir);
  const host = await startHost(library.dir, options.host);
  await options.seed?.(host);
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 860 },
  });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  if (options.initScript) await page.addInitScript(options.initScript);
  await page.goto(host.url);
  return {
    browser,
    library,
    host,
    context,
    page,
    errors,
    async openTab() {
      const tab = await context.newPage();
      collectPageErrors(tab, errors);
      await tab.goto(host.url);
      return tab;
    },
    async close() {
      await host.stop().catch(() => undefined);
      await browser.close();
      await library.remove();
    },
  };
}
