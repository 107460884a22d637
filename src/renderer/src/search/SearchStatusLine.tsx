import type { SearchStatus } from '@shared/search-api';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useT } from '../i18n';

/** While the index catches up, how far it is, asked again this often. */
const POLL_MS = 1000;

/**
 * Tells the user when search cannot yet find everything: while the index is being built in
 * the background (after search/ was lost, say), and when damaged index files were set aside.
 */
export function SearchStatusLine() {
  const t = useT();
  const [status, setStatus] = useState<SearchStatus | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const poll = async () => {
      try {
        const next = await api.call('search.status', {});
        if (stopped) return;
        setStatus(next);
        if (next.state === 'indexing') timer = setTimeout(() => void poll(), POLL_MS);
      } catch {
        // The status line is a courtesy: a failure here is told by the search itself.
      }
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, []);

  if (!status) return null;
  const building = status.state === 'indexing' && status.total !== null && status.total > 0;
  if (!building && status.problems.length === 0) return null;
  return (
    <div className="search-status" role="status">
      {building && (
        <p>
          {t('search.indexing', { done: status.done, total: status.total ?? 0 })}
          {/* The sentence says the same in words. */}
          <progress
            aria-hidden="true"
            className="search-status__progress"
            max={status.total ?? 0}
            value={status.done}
          />
        </p>
      )}
      {status.problems.length > 0 && (
        <p className="search-status__problem">
          {t('search.indexProblems', { count: status.problems.length })}
        </p>
      )}
    </div>
  );
}
