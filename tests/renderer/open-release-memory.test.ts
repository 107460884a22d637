/** What a tab remembers of its open release across a reload, and how a bad entry is treated. */
import { describe, expect, it } from 'vitest';
import {
  nextMemory,
  recallOpenRelease,
  rememberOpenRelease,
} from '../../src/renderer/src/app/open-release-memory';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('open release memory', () => {
  it('reads back what was remembered, and nothing once forgotten', () => {
    const storage = memoryStorage();
    expect(recallOpenRelease(storage)).toBeNull();
    rememberOpenRelease(storage, { releaseId: 'diplomacy-school-2024', lang: 'hy' });
    expect(recallOpenRelease(storage)).toEqual({ releaseId: 'diplomacy-school-2024', lang: 'hy' });
    rememberOpenRelease(storage, null);
    expect(recallOpenRelease(storage)).toBeNull();
  });

  it.each([
    ['not JSON', '{"releaseId":'],
    ['an id that is no id', '{"releaseId":"../../etc/passwd","lang":null}'],
    ['a language the app does not have', '{"releaseId":"a-release","lang":"de"}'],
    ['extra keys', '{"releaseId":"a-release","lang":null,"view":"x"}'],
  ])('forgets an entry that is %s', (_, text) => {
    const storage = memoryStorage();
    storage.setItem('pressOffice.openRelease', text);
    expect(recallOpenRelease(storage)).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('keeps the language tab of the same release while it loads, not of another', () => {
    const kept = { releaseId: 'one', lang: 'ru' as const };
    expect(nextMemory(kept, 'one', null)).toEqual(kept);
    expect(nextMemory(kept, 'one', 'kk')).toEqual({ releaseId: 'one', lang: 'kk' });
    expect(nextMemory(kept, 'two', null)).toEqual({ releaseId: 'two', lang: null });
    expect(nextMemory(kept, null, null)).toBeNull();
  });
});
