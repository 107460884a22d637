import type { ApiError } from '@shared/errors';
import { useCallback, useEffect, useRef, useState } from 'react';
import { apiErrorOf } from '../api';

export type DebouncedSaveState = 'saved' | 'dirty' | 'saving' | 'error';

const DELAY_MS = 700;

/**
 * Keeps a form's value and saves it a moment after the last change, and at once when the form
 * goes away, so switching to another template never drops an edit.
 */
export function useDebouncedSave<T>(initial: T, save: (value: T) => Promise<void>) {
  const [value, setValue] = useState(initial);
  const [state, setState] = useState<DebouncedSaveState>('saved');
  const [error, setError] = useState<ApiError | null>(null);
  const pending = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (next === null) return;
    pending.current = null;
    setState('saving');
    try {
      await saveRef.current(next);
      setError(null);
      setState(pending.current === null ? 'saved' : 'dirty');
    } catch (failure) {
      pending.current ??= next;
      setError(apiErrorOf(failure));
      setState('error');
    }
  }, []);

  const change = useCallback(
    (next: T) => {
      setValue(next);
      pending.current = next;
      setState('dirty');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    },
    [flush],
  );

  useEffect(() => () => void flush(), [flush]);

  return { value, change, state, error, retry: flush };
}
