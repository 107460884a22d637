import { englishMessage, type ApiError, type ErrorCode } from '@shared/errors';

/** An expected failure with a code the user interface can explain. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(detail ? `${englishMessage(code)} (${detail})` : englishMessage(code), options);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return this.detail === undefined
      ? { code: this.code, message: englishMessage(this.code) }
      : { code: this.code, message: englishMessage(this.code), detail: this.detail };
  }
}

const IO_CODES = new Set(['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'EIO', 'EDQUOT', 'EBUSY', 'EFBIG']);

/** Turns whatever was thrown into an error for the other side of the boundary. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return error.toApiError();
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && IO_CODES.has(code)) {
    return { code: 'io', message: englishMessage('io'), detail: code };
  }
  return { code: 'internal', message: englishMessage('internal') };
}
