/**
 * Asks the page to save the edits its autosave is still holding back (the debounce), before
 * main quits or switches the library under it. The page registers `window.pressOfficeFlush`;
 * main reaches it with executeJavaScript, so no IPC channel has to accept such a request.
 */
import type { WebContents } from 'electron';

export const FLUSH_TIMEOUT_MS = 5000;

/** Resolves true when the page saved everything, false when it could not or did not answer. */
export async function flushRendererEdits(
  contents: Pick<WebContents, 'executeJavaScript' | 'isDestroyed'> | null | undefined,
  timeoutMs = FLUSH_TIMEOUT_MS,
): Promise<boolean> {
  if (!contents || contents.isDestroyed()) return true;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const flushed = contents
    .executeJavaScript(
      "typeof window.pressOfficeFlush === 'function' ? window.pressOfficeFlush() : true",
      true,
    )
    .then((result: unknown) => result === true)
    .catch(() => false);
  try {
    return await Promise.race([flushed, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
