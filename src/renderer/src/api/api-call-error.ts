import { isApiError, type ApiError } from '@shared/errors';

/** Thrown by the API client when main answers `{ ok: false }` or cannot be reached. */
export class ApiCallError extends Error {
  constructor(
    readonly method: string,
    readonly apiError: ApiError,
  ) {
    super(`${method}: ${apiError.message}${apiError.detail ? ` (${apiError.detail})` : ''}`);
    this.name = 'ApiCallError';
  }
}

/** The ApiError behind anything a call may throw, so the UI can always describe it. */
export function apiErrorOf(error: unknown): ApiError {
  if (error instanceof ApiCallError) return error.apiError;
  if (isApiError(error)) return error;
  const detail = error instanceof Error ? error.message : undefined;
  return detail
    ? { code: 'internal', message: 'Unexpected failure', detail }
    : { code: 'internal', message: 'Unexpected failure' };
}
