import { describe, expect, it } from 'vitest';
import { flushRendererEdits } from '../../src/main/shell/renderer-flush';

function page(answer: () => Promise<unknown>, destroyed = false) {
  const scripts: string[] = [];
  return {
    scripts,
    isDestroyed: () => destroyed,
    executeJavaScript: (code: string) => {
      scripts.push(code);
      return answer();
    },
  };
}

describe('flushing the page’s pending edits', () => {
  it('asks the page to flush and reports whether it saved everything', async () => {
    const saved = page(() => Promise.resolve(true));
    expect(await flushRendererEdits(saved)).toBe(true);
    expect(saved.scripts[0]).toContain('window.pressOfficeFlush()');
    expect(await flushRendererEdits(page(() => Promise.resolve(false)))).toBe(false);
  });

  it('gives up after the timeout or on an error, so quitting is never blocked', async () => {
    expect(await flushRendererEdits(page(() => new Promise(() => undefined)), 20)).toBe(false);
    expect(await flushRendererEdits(page(() => Promise.reject(new Error('gone'))))).toBe(false);
  });

  it('has nothing to do without a live page', async () => {
    expect(await flushRendererEdits(null)).toBe(true);
    const gone = page(() => Promise.resolve(false), true);
    expect(await flushRendererEdits(gone)).toBe(true);
    expect(gone.scripts).toEqual([]);
  });
});
