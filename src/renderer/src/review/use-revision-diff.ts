import type { Release } from '@shared/domain';
import { paragraphsOf } from '@shared/review/paragraphs';
import type { VersionDiff } from '@shared/review/version-diff';
import { useEffect, useState } from 'react';
import { api, apiErrorOf } from '../api';
import type { Loaded } from './use-revision-history';

export interface LoadedDiff {
  diff: VersionDiff;
  /** The paragraphs of the later state, to show unchanged ones around the changes. */
  afterTexts: string[];
}

/** The diff from revision `from` to revision `to`, or to the version as stored (`to` null). */
export function useRevisionDiff(
  release: Release,
  lang: Release['sourceLang'],
  from: string | null,
  to: string | null,
): Loaded<LoadedDiff> | null {
  const [state, setState] = useState<{ key: string; loaded: Loaded<LoadedDiff> } | null>(null);
  const key = `${release.id}:${release.rev}:${from}:${to}`;
  const stored = release.variants[lang];
  useEffect(() => {
    if (from === null || !stored) return;
    let current = true;
    const after =
      to === null
        ? Promise.resolve(stored)
        : api.call('revisions.get', { id: release.id, revisionId: to }).then((r) => r.variant);
    Promise.all([api.call('revisions.diff', { id: release.id, from, to }), after]).then(
      ([diff, variant]) =>
        current &&
        setState({
          key,
          loaded: {
            phase: 'ready',
            value: { diff, afterTexts: paragraphsOf(variant.body).map((p) => p.text) },
          },
        }),
      (error: unknown) =>
        current && setState({ key, loaded: { phase: 'failed', error: apiErrorOf(error) } }),
    );
    return () => {
      current = false;
    };
  }, [key, release.id, from, to, stored]);
  if (from === null) return null;
  return state?.key === key ? state.loaded : { phase: 'loading' };
}
