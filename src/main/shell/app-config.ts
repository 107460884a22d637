/**
 * The app's own small settings file in userData (not in the library, which may be shared):
 * which library to open, recently opened libraries and where the window was. Losing it costs
 * only convenience, so a damaged file is set aside and the app starts from defaults.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../library/durable-write';
import type { WindowState } from './window-bounds';

export const APP_CONFIG_FILE = 'app-config.json';
export const MAX_RECENT_LIBRARIES = 8;

const pathSchema = z.string().min(1).max(4096);
const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
const appConfigSchema = z.object({
  version: z.literal(1),
  libraryPath: pathSchema,
  recentLibraries: z.array(pathSchema).max(MAX_RECENT_LIBRARIES),
  windowState: windowStateSchema.nullable(),
});
export type AppConfig = z.infer<typeof appConfigSchema>;

export function defaultLibraryPath(userDataDir: string): string {
  return join(userDataDir, 'Library');
}

export function defaultAppConfig(userDataDir: string): AppConfig {
  return {
    version: 1,
    libraryPath: defaultLibraryPath(userDataDir),
    recentLibraries: [],
    windowState: null,
  };
}

/** `dir` first, without duplicates, at most MAX_RECENT_LIBRARIES. */
export function withRecent(recent: readonly string[], dir: string): string[] {
  return [dir, ...recent.filter((entry) => entry !== dir)].slice(0, MAX_RECENT_LIBRARIES);
}

export interface LoadedAppConfig {
  store: AppConfigStore;
  /** Where an unreadable config file was moved, when there was one. */
  setAside: string | null;
}

export class AppConfigStore {
  private config: AppConfig;
  /** Writes run one after another, each writing the latest state. */
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    private readonly file: string,
    /** `<userData>/Library`: opened when nothing else is remembered, seeded with demo content. */
    readonly defaultLibraryPath: string,
    config: AppConfig,
    private readonly log: (message: string) => void,
  ) {
    this.config = config;
  }

  static async load(
    userDataDir: string,
    log: (message: string) => void = console.warn,
  ): Promise<LoadedAppConfig> {
    const file = join(userDataDir, APP_CONFIG_FILE);
    const defaults = defaultAppConfig(userDataDir);
    const store = (config: AppConfig) =>
      new AppConfigStore(file, defaults.libraryPath, config, log);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        log(`[config] cannot read ${file}: ${String(error)}`);
      return { store: store(defaults), setAside: null };
    }
    const parsed = appConfigSchema.safeParse(parseJson(text));
    if (parsed.success) return { store: store(parsed.data), setAside: null };

    // Keep the damaged file for whoever wants to look at it, out of the way of the next write.
    const setAside = `${file}.corrupt-${Date.now()}`;
    try {
      await rename(file, setAside);
    } catch (error) {
      log(`[config] cannot set aside ${file}: ${String(error)}`);
      return { store: store(defaults), setAside: null };
    }
    log(`[config] ${file} was unreadable; moved to ${setAside}, starting from defaults`);
    return { store: store(defaults), setAside };
  }

  get current(): Readonly<AppConfig> {
    return this.config;
  }

  /** The library to open at start and the head of the recent list. */
  rememberLibrary(dir: string): Promise<void> {
    const libraryPath = resolve(dir);
    return this.update({
      libraryPath,
      recentLibraries: withRecent(this.config.recentLibraries, libraryPath),
    });
  }

  saveWindowState(windowState: WindowState): Promise<void> {
    const state = {
      x: Math.round(windowState.x),
      y: Math.round(windowState.y),
      width: Math.round(windowState.width),
      height: Math.round(windowState.height),
      maximized: windowState.maximized,
    };
    const previous = this.config.windowState;
    if (
      previous !== null &&
      Object.entries(state).every(([key, value]) => previous[key as keyof WindowState] === value)
    ) {
      return this.writes;
    }
    return this.update({ windowState: state });
  }

  /** Resolves once everything changed so far is on disk (or failed and was logged). */
  flush(): Promise<void> {
    return this.writes;
  }

  private update(patch: Partial<AppConfig>): Promise<void> {
    this.config = { ...this.config, ...patch };
    this.writes = this.writes.then(() => this.write());
    return this.writes;
  }

  /** Never rejects: a config that cannot be saved must not stop the app. */
  private async write(): Promise<void> {
    try {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFileDurably(this.file, `${JSON.stringify(this.config, null, 2)}\n`);
    } catch (error) {
      this.log(`[config] cannot save ${this.file}: ${String(error)}`);
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
