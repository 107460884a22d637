/**
 * A mistake on a command line (the `press-office` CLI's or the loopback host's), with a
 * one-line message; both turn it into exit code 2, any other failure into 1.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
