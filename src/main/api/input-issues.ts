import type { z } from 'zod';

const MAX_DETAIL = 300;

/** `release.variants.en.lang: Invalid input…` — the first issue only, since one is enough to act. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const [first] = issues;
  if (!first) return 'input: invalid';
  const path = first.path.length === 0 ? 'input' : first.path.map(String).join('.');
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return truncate(`${path}: ${first.message}`, MAX_DETAIL - more.length) + more;
}

/** Paths and messages can quote the caller's own keys, which may be arbitrarily long. */
function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
