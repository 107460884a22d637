/**
 * What the store's API methods answer must survive both transports unchanged: IPC copies a
 * value with the structured-clone algorithm, the loopback host sends it as JSON. A Date, a
 * Map, undefined in an array or a class instance would arrive differently over the two, so
 * every answer here, from a real seeded library, must equal its structured clone and its
 * JSON round trip.
 */
import { describe, expect, it } from 'vitest';
import type { MethodName } from '@shared/contract';
import { createDispatcher } from '../../src/main/api/dispatch';
import { LibrarySession } from '../../src/main/library/session';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

function expectSameOverBothTransports(method: MethodName, value: unknown): void {
  expect(structuredClone(value), `${method} over IPC`).toStrictEqual(value);
  expect(JSON.parse(JSON.stringify(value)) as unknown, `${method} over HTTP`).toStrictEqual(value);
}

describe('store API answers', () => {
  it('are the same after a structured clone and after a JSON round trip', async () => {
    const session = new LibrarySession();
    await session.open(await tempDir(), { seedDemo: true });
    const dispatch = createDispatcher(session);
    const call = async (method: MethodName, input: unknown): Promise<unknown> => {
      const answer = await dispatch(method, input);
      if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`);
      expectSameOverBothTransports(method, answer.value);
      return answer.value;
    };

    await call('library.info', {});
    await call('settings.get', {});
    await call('settings.update', { userName: 'Anna' });
    const page = (await call('releases.list', { limit: 5 })) as { rows: { id: string }[] };
    const [seeded] = page.rows;
    if (!seeded) throw new Error('the demo library lists no releases');
    const created = (await call('releases.create', { kind: 'news', sourceLang: 'hy', title: 'Մամուլ' })) as {
      id: string;
      rev: number;
    };
    const release = await call('releases.get', { id: created.id });
    const saved = (await call('releases.save', { release })) as { id: string; rev: number };
    await call('releases.checkpoint', { id: saved.id, lang: 'hy' });
    await call('revisions.list', { id: saved.id });
    await call('review.get', { id: saved.id });
    await call('review.approvalCheck', { id: saved.id, lang: 'hy' });
    await call('templates.list', {});
    await call('snippets.list', {});
    await call('vocabulary.list', {});
    await call('vocabulary.usage', {});
    await call('search.status', {});
    await call('search.query', { text: 'Մամուլ' });
    await call('releases.delete', { id: seeded.id });
    await session.close();
  });
});
