import { parseArgs } from 'node:util';
import { UsageError } from '../usage-error';

export const USAGE = 'usage: host --library <dir> [--port N] [--renderer <dir>] [--demo]';

export interface HostArgs {
  library: string;
  port: number;
  renderer: string | undefined;
  /** Seed a new library with the demo releases, as the app does for its default library. */
  demo: boolean;
}

/** Parses the host's command line; throws UsageError with a one-line message. */
export function parseHostArgs(argv: readonly string[]): HostArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        library: { type: 'string' },
        port: { type: 'string' },
        renderer: { type: 'string' },
        demo: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`);
  }
  if (!values.library) throw new UsageError(`--library is required; ${USAGE}`);
  return {
    library: values.library,
    port: parsePort(values.port),
    renderer: values.renderer,
    demo: values.demo ?? false,
  };
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new UsageError(`--port must be 0–65535, got "${text}"; ${USAGE}`);
  }
  return port;
}
