/**
 * The review workflow of a language version: draft → in review → changes requested or
 * approved. Every change is recorded with who and when; editing an approved version returns
 * it to draft, since what was approved is no longer what is there.
 */
import type { Release, Variant, VariantStatus } from '../domain';

export const STATUS_TRANSITIONS: Readonly<Record<VariantStatus, readonly VariantStatus[]>> = {
  draft: ['in-review'],
  'in-review': ['draft', 'changes-requested', 'approved'],
  'changes-requested': ['draft', 'in-review'],
  approved: ['draft'],
};

export function canChangeStatus(from: VariantStatus, to: VariantStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

export class StatusTransitionError extends Error {
  constructor(
    readonly from: VariantStatus,
    readonly to: VariantStatus,
  ) {
    super(`a version cannot go from ${from} to ${to}`);
    this.name = 'StatusTransitionError';
  }
}

/** The version with its new status recorded; throws StatusTransitionError for a move the workflow lacks. */
export function setStatus(
  variant: Variant,
  status: VariantStatus,
  by: string,
  at: string,
): Variant {
  if (!canChangeStatus(variant.status, status))
    throw new StatusTransitionError(variant.status, status);
  return { ...variant, status, statusHistory: [...variant.statusHistory, { status, by, at }] };
}

/** True when what a reader sees differs: title, lead, body, dateline place or own signature. */
export function contentChanged(before: Variant, after: Variant): boolean {
  return (
    before.title !== after.title ||
    before.lead !== after.lead ||
    before.datelinePlace !== after.datelinePlace ||
    (before.issuer ?? '') !== (after.issuer ?? '') ||
    JSON.stringify(before.contacts ?? []) !== JSON.stringify(after.contacts ?? []) ||
    JSON.stringify(before.body) !== JSON.stringify(after.body)
  );
}

/** `after` as it must be stored: back to draft if it was approved and its content was edited. */
export function applyEditRule(before: Variant, after: Variant, by: string, at: string): Variant {
  if (before.status !== 'approved' || after.status !== 'approved' || !contentChanged(before, after))
    return after;
  return setStatus(after, 'draft', by, at);
}

/** applyEditRule for every version `after` shares with `before`. */
export function applyEditRules(before: Release, after: Release, by: string, at: string): Release {
  const variants: Release['variants'] = {};
  for (const variant of Object.values(after.variants)) {
    if (!variant) continue;
    const previous = before.variants[variant.lang];
    variants[variant.lang] = previous ? applyEditRule(previous, variant, by, at) : variant;
  }
  return { ...after, variants };
}
