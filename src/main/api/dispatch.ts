import { contract, isMethodName, type MethodName } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import { AppError, toApiError } from '../errors';
import type { ImportJobs } from '../import/import-jobs';
import type { LibrarySessionApi } from '../library/library-api';
import type { ExportWiring } from './export-handlers';
import { createHandlers, type Handlers, type ValidInput } from './handlers';
import { describeIssues } from './input-issues';

/** Both transports end here; it never throws, every outcome is an envelope. */
export type Dispatch = (method: unknown, input: unknown) => Promise<Envelope<unknown>>;

export interface DispatcherOptions {
  /** Where failures nobody expected are reported; they reach the caller only as 'internal'. */
  logUnexpected?: (method: string, error: unknown) => void;
  /** Export jobs, their PDF engine and the desktop port; none (no PDFs) when omitted. */
  exporting?: ExportWiring;
  /** Import jobs and their worker; a fresh set, worker beside the bundle, when omitted. */
  importing?: ImportJobs;
}

export function createDispatcher(
  session: LibrarySessionApi,
  { logUnexpected = logToStderr, exporting, importing }: DispatcherOptions = {},
): Dispatch {
  const handlers = createHandlers(session, exporting, importing);
  return async (method, input) => {
    if (!isMethodName(method)) {
      return failure(new AppError('unknown-method', describeMethod(method)));
    }
    try {
      return { ok: true, value: await call(handlers, method, validate(method, input)) };
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'internal') logUnexpected(method, error);
      return { ok: false, error: apiError };
    }
  };
}

function validate<M extends MethodName>(method: M, input: unknown): ValidInput<M> {
  // IPC's structured clone also carries Dates, Maps and the like, which a schema of optional
  // fields would take for an empty object.
  if (!isPlainObject(input)) throw new AppError('invalid-input', 'input: expected a JSON object');
  const result = safeParse(method, input);
  if (!result.success) throw new AppError('invalid-input', describeIssues(result.error.issues));
  return result.data as ValidInput<M>;
}

function safeParse(method: MethodName, input: unknown) {
  try {
    return contract[method].input.safeParse(input);
  } catch (error) {
    // The document schema is recursive: absurd nesting overflows the stack rather than failing.
    if (error instanceof RangeError) {
      throw new AppError('invalid-input', 'input: nested too deeply');
    }
    throw error;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Narrows the handler to the method: TypeScript cannot correlate the two lookups by itself. */
function call<M extends MethodName>(handlers: Handlers, method: M, input: ValidInput<M>) {
  const handler = handlers[method] as (input: ValidInput<M>) => Promise<unknown>;
  return handler(input);
}

function describeMethod(method: unknown): string {
  return typeof method === 'string'
    ? `method: ${JSON.stringify(method.slice(0, 100))}`
    : `method: ${typeof method}`;
}

function failure(error: AppError): Envelope<never> {
  return { ok: false, error: error.toApiError() };
}

function logToStderr(method: string, error: unknown): void {
  console.error(`[api] ${method} failed unexpectedly:`, error);
}
