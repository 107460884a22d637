/**
 * The loopback host: the renderer and the API over HTTP on 127.0.0.1, for use from a browser or
 * scripts without Electron. Every API call carries the session token as a bearer token.
 */
import { randomBytes } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerOptions,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { AppError } from '../errors';
import { createDispatcher } from '../api/dispatch';
import type { ImportJobs } from '../import/import-jobs';
import type { ExportWiring } from '../api/export-handlers';
import type { LibrarySessionApi } from '../library/library-api';
import { MAX_IMPORT_JOB_REQUEST_BYTES } from '@shared/import-api';
import { handleApiRequest, type ApiRoute } from './api-route';
import { isAllowedHost, isAllowedOrigin } from './request-guard';
import { sendEnvelope } from './respond';
import { sendText, serveStatic } from './static-files';

/**
 * Room for a paste of MAX_PASTE_HTML_CHARS and, always, for the largest import job the
 * contract accepts: a limit below it would refuse valid imports as `too-large`.
 */
export const DEFAULT_MAX_BODY_BYTES = Math.max(60 * 1024 * 1024, MAX_IMPORT_JOB_REQUEST_BYTES);
const API_PREFIX = '/api/';
const MIN_TOKEN_LENGTH = 16;
/** How long in-flight requests get to finish once the host is closing. */
const CLOSE_GRACE_MS = 2000;

/**
 * The host's own limits on slow or idle clients, instead of Node's (five minutes per request,
 * any number of sockets): a client that sends half a header or half a body is cut off.
 */
export interface HostLimits {
  /** Time to receive the whole header block. */
  headersTimeoutMs: number;
  /** Time to receive the whole request, body included. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive socket stays open between requests. */
  keepAliveTimeoutMs: number;
  /** Open sockets at once; more are refused at accept. */
  maxConnections: number;
}

export const DEFAULT_HOST_LIMITS: HostLimits = {
  headersTimeoutMs: 10_000,
  // A 60 MB import over loopback takes well under a second; a minute leaves room for slow disks.
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 64,
};

export interface HostOptions {
  session: LibrarySessionApi;
  rendererDir: string;
  /** 0 or omitted: any free port. */
  port?: number;
  /** Omitted: 32 random bytes, base64url. */
  token?: string;
  maxBodyBytes?: number;
  /** Export jobs and their PDF engine; the caller closes them after the host. */
  exporting?: ExportWiring;
  /** Import jobs; the caller closes them after the host. */
  importing?: ImportJobs;
  /** Omitted fields: DEFAULT_HOST_LIMITS. */
  limits?: Partial<HostLimits>;
}

export interface RunningHost {
  /** `http://127.0.0.1:<port>/`, without the token. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new Error(`token: at least ${MIN_TOKEN_LENGTH} characters`);
  }
  const rendererDir = resolve(options.rendererDir);
  const api: ApiRoute = {
    dispatch: createDispatcher(options.session, {
      exporting: options.exporting,
      importing: options.importing,
    }),
    token,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  };
  let port = 0;
  let closing = false;
  const limits = { ...DEFAULT_HOST_LIMITS, ...options.limits };
  const server = createServer(serverOptions(limits), (req, res) => {
    if (closing) res.setHeader('Connection', 'close');
    route(req, res, port, api, rendererDir).catch((error: unknown) => {
      console.error('[host] request failed unexpectedly:', error);
      if (res.headersSent) res.destroy();
      else sendEnvelope(res, { ok: false, error: new AppError('internal').toApiError() });
    });
  });
  server.maxConnections = limits.maxConnections;
  port = await listenOnLoopback(server, options.port ?? 0);
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    port,
    close: () => {
      closing = true;
      return closeServer(server);
    },
  };
}

function serverOptions(limits: HostLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node checks the two timeouts above on this interval (30 s by default): check often
    // enough that a short limit holds.
    connectionsCheckingInterval: Math.max(
      50,
      Math.min(1000, limits.headersTimeoutMs / 4, limits.requestTimeoutMs / 4),
    ),
  };
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  port: number,
  api: ApiRoute,
  rendererDir: string,
): Promise<void> {
  if (!isAllowedHost(req.headers.host, port)) return refuse(res, 'Host header is not this host');
  if (!isAllowedOrigin(req.headers.origin, port)) return refuse(res, 'Origin is not this host');
  const pathname = pathOf(req.url ?? '/');
  if (pathname.startsWith(API_PREFIX)) {
    return handleApiRequest(req, res, pathname.slice(API_PREFIX.length), api);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'Method not allowed');
  }
  return serveStatic(req, res, rendererDir, pathname);
}

/**
 * The request target up to its query, as sent: URL parsing would resolve dot segments and
 * throw on odd targets, while the static resolver wants to see, and refuse, them.
 */
function pathOf(target: string): string {
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

function refuse(res: ServerResponse, detail: string): void {
  sendEnvelope(res, { ok: false, error: new AppError('forbidden-sender', detail).toApiError() });
}

function listenOnLoopback(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    // Never 0.0.0.0 or localhost (which may resolve to ::1 or worse): the library is private.
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePort((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolveClose, reject) => {
    const forceClose = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    forceClose.unref();
    server.close((error) => {
      clearTimeout(forceClose);
      if (error) reject(error);
      else resolveClose();
    });
    server.closeIdleConnections();
  });
}
