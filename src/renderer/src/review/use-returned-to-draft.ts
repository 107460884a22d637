import type { Variant } from '@shared/domain';
import { contentChanged } from '@shared/review/status';
import { useState } from 'react';

interface Tracked {
  seen: Variant | undefined;
  /** The version as it was while approved; typing does not update it, so the edit shows. */
  approved: Variant | null;
  returned: boolean;
}

function follow(state: Tracked, variant: Variant | undefined): Tracked {
  if (!variant) return { ...state, seen: variant };
  if (variant.status === 'approved')
    return { seen: variant, approved: state.approved ?? variant, returned: false };
  const edited =
    state.approved !== null && variant.status === 'draft' && contentChanged(state.approved, variant);
  return {
    seen: variant,
    approved: null,
    returned: variant.status === 'draft' && (edited || state.returned),
  };
}

/**
 * True once an approved version went back to draft because its text was edited (main does
 * that on save), as opposed to someone reopening it deliberately, which leaves the text alone.
 */
export function useReturnedToDraft(variant: Variant | undefined): boolean {
  const [state, setState] = useState<Tracked>(() => follow({ seen: undefined, approved: null, returned: false }, variant));
  if (variant === state.seen) return state.returned;
  // Derived from the versions seen so far: updated while rendering, as React advises.
  const next = follow(state, variant);
  setState(next);
  return next.returned;
}
