import { isAbsolute, resolve } from 'node:path';
import type { LibraryInfo } from '@shared/contract';
import { AppError } from '../errors';
import { Library, type LibraryOptions } from './library';
import type { LibraryApi, LibrarySessionApi } from './library-api';
import { demoContent } from './seed';

export interface LibrarySessionOptions {
  /** The app's default library (under user data); only it is seeded with demo content. */
  defaultDir?: string;
  /** Called after a library was opened, to remember it (recent libraries, app config). */
  onOpened?: (dir: string) => void;
  libraryOptions?: Omit<LibraryOptions, 'seed'>;
}

/** The one library open in this process, switched as a whole: flush, close, open. */
export class LibrarySession implements LibrarySessionApi {
  private library: Library | null = null;
  private switching: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LibrarySessionOptions = {}) {}

  current(): LibraryApi {
    if (!this.library) throw new AppError('library-unavailable', 'no library is open');
    return this.library;
  }

  info(): LibraryInfo {
    const library = this.current();
    const dir = library.dir;
    return {
      ...library.info(),
      isDefault: this.options.defaultDir !== undefined && resolve(this.options.defaultDir) === dir,
    };
  }

  open(dir: string, options: { seedDemo?: boolean } = {}): Promise<LibraryInfo> {
    if (!isAbsolute(dir)) return Promise.reject(new AppError('invalid-input', 'the library path must be absolute'));
    const task = this.switching.then(async () => {
      if (this.library && this.library.dir === resolve(dir)) return this.info();
      const opened = await Library.open(resolve(dir), {
        ...this.options.libraryOptions,
        seed: options.seedDemo ? demoContent : undefined,
      });
      // Open the new library before closing the old one: a folder that cannot be opened
      // leaves the user where they were.
      await this.library?.close();
      this.library = opened;
      this.options.onOpened?.(opened.dir);
      return this.info();
    });
    this.switching = task.catch(() => undefined);
    return task;
  }

  /** The open library itself, for tests and benchmarks that need its internals. */
  get opened(): Library | null {
    return this.library;
  }

  async close(): Promise<void> {
    await this.switching;
    await this.library?.close();
    this.library = null;
  }
}
