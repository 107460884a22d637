import type { ApiError } from '@shared/errors';
import type { Lang } from '@shared/languages';
import type { RevisionSummary } from '@shared/review/revision-summary';
import { useEffect, useState } from 'react';
import { api, apiErrorOf } from '../api';

export type Loaded<T> =
  | { phase: 'loading' }
  | { phase: 'ready'; value: T }
  | { phase: 'failed'; error: ApiError };

/** A version's revisions, newest first; read again whenever the release is stored anew. */
export function useRevisionHistory(
  releaseId: string,
  lang: Lang,
  rev: number,
): Loaded<RevisionSummary[]> {
  const [state, setState] = useState<{ key: string; loaded: Loaded<RevisionSummary[]> }>({
    key: '',
    loaded: { phase: 'loading' },
  });
  const key = `${releaseId}:${lang}:${rev}`;
  useEffect(() => {
    let current = true;
    api.call('revisions.list', { id: releaseId, lang }).then(
      (value) => current && setState({ key, loaded: { phase: 'ready', value } }),
      (error: unknown) =>
        current && setState({ key, loaded: { phase: 'failed', error: apiErrorOf(error) } }),
    );
    return () => {
      current = false;
    };
  }, [key, releaseId, lang]);
  // While the next list loads, the last one stays on screen rather than flashing away.
  return state.key === '' ? { phase: 'loading' } : state.loaded;
}
