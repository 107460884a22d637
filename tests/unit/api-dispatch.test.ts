import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { contract, METHOD_NAMES } from '@shared/contract';
import { createDispatcher } from '../../src/main/api/dispatch';
import { createHandlers, type Handlers } from '../../src/main/api/handlers';
import { AppError } from '../../src/main/errors';
import type { LibraryApi, LibrarySessionApi } from '../../src/main/library/library-api';

/** A session whose store methods are spies answering fixed values. */
function fakeSession() {
  const library = {
    dir: '/library',
    info: vi.fn(),
    listReleases: vi.fn(async () => ({ total: 0, offset: 0, rows: [] })),
    getRelease: vi.fn(async (id: string) => ({ id })),
    createRelease: vi.fn(async () => ({ id: 'new-release' })),
    saveRelease: vi.fn(async (release: { rev: number }) => ({ ...release, rev: release.rev + 1 })),
    deleteRelease: vi.fn(async () => undefined),
    getSettings: vi.fn(() => ({ uiLanguage: 'en', userName: '' })),
    updateSettings: vi.fn(async (patch: object) => ({ uiLanguage: 'en', userName: '', ...patch })),
    listVocabulary: vi.fn(() => []),
    appendRevision: vi.fn(),
    listRevisions: vi.fn(),
    flush: vi.fn(),
    close: vi.fn(),
  };
  const session = {
    current: vi.fn(() => library as unknown as LibraryApi),
    info: vi.fn(() => ({ path: '/library', isDefault: true })),
    open: vi.fn(async (dir: string) => ({ path: dir })),
    close: vi.fn(),
  };
  return { library, session: session as unknown as LibrarySessionApi, spies: session };
}

describe('the dispatcher', () => {
  it('hands validated input to the right store method', async () => {
    const { library, session, spies } = fakeSession();
    const dispatch = createDispatcher(session);

    await expect(dispatch('library.info', {})).resolves.toEqual({
      ok: true,
      value: { path: '/library', isDefault: true },
    });
    await expect(dispatch('library.open', { path: '/elsewhere' })).resolves.toEqual({
      ok: true,
      value: { path: '/elsewhere' },
    });
    expect(spies.open).toHaveBeenCalledWith('/elsewhere');
    await dispatch('releases.list', { limit: 5 });
    expect(library.listReleases).toHaveBeenCalledWith({ limit: 5 });
    await dispatch('releases.create', { kind: 'news', sourceLang: 'kk' });
    expect(library.createRelease).toHaveBeenCalledWith({ kind: 'news', sourceLang: 'kk' });
    await expect(dispatch('releases.delete', { id: 'gone-one' })).resolves.toEqual({
      ok: true,
      value: { id: 'gone-one' },
    });
    expect(library.deleteRelease).toHaveBeenCalledWith('gone-one');
    await dispatch('settings.update', { userName: 'Anna' });
    expect(library.updateSettings).toHaveBeenCalledWith({ userName: 'Anna' });
  });

  it('refuses a relative library path before touching the session', async () => {
    const { session, spies } = fakeSession();
    await expect(createDispatcher(session)('library.open', { path: 'library' })).resolves.toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'invalid-input',
        detail: 'path: must be an absolute path',
      }),
    });
    expect(spies.open).not.toHaveBeenCalled();
  });

  it('describes the first invalid field as "<path>: <issue>" and counts the rest', async () => {
    const dispatch = createDispatcher(fakeSession().session);
    const answer = await dispatch('releases.create', { kind: 'memo', sourceLang: 'fr' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (answer.ok) return;
    expect(answer.error.detail).toMatch(/^kind: .+ \(and 1 more\)$/);

    const extra = await dispatch('library.info', { surprise: 'x'.repeat(10_000) });
    if (extra.ok) throw new Error('accepted an unknown key');
    expect(extra.error.detail).toMatch(/^input: Unrecognized key/);
    expect(extra.error.detail!.length).toBeLessThanOrEqual(300);
  });

  it('passes coded errors through and hides unexpected ones behind internal, logging them', async () => {
    const { library, session } = fakeSession();
    const logUnexpected = vi.fn();
    const dispatch = createDispatcher(session, { logUnexpected });

    library.getRelease.mockRejectedValueOnce(new AppError('not-found', 'release abc'));
    await expect(dispatch('releases.get', { id: 'abc' })).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: expect.any(String), detail: 'release abc' },
    });

    library.getRelease.mockRejectedValueOnce(
      Object.assign(new Error('disk full'), { code: 'ENOSPC' }),
    );
    await expect(dispatch('releases.get', { id: 'abc' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'io', detail: 'ENOSPC' },
    });
    expect(logUnexpected).not.toHaveBeenCalled();

    const bug = new TypeError('cannot read properties of undefined /home/someone/secret.ts:12');
    library.getRelease.mockRejectedValueOnce(bug);
    const answer = await dispatch('releases.get', { id: 'abc' });
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    expect(JSON.stringify(answer)).not.toContain('secret');
    expect(logUnexpected).toHaveBeenCalledWith('releases.get', bug);
  });

  it('turns a store method that throws synchronously into an envelope too', async () => {
    const { library, session } = fakeSession();
    library.getSettings.mockImplementationOnce(() => {
      throw new AppError('library-unavailable', 'no library is open');
    });
    await expect(createDispatcher(session)('settings.get', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'library-unavailable' },
    });
  });
});

describe('the contract, as the dispatcher relies on it', () => {
  it.each(METHOD_NAMES)('%s takes a strict JSON object', (method) => {
    const input = contract[method].input;
    expect(input).toBeInstanceOf(z.ZodObject);
    expect(input.safeParse({ 'not-a-field': 1 }).success).toBe(false);
  });

  it('has a handler for exactly the contract methods', () => {
    expect(Object.keys(createHandlers(fakeSession().session)).sort()).toEqual(
      [...METHOD_NAMES].sort(),
    );
    // @ts-expect-error — a handler missing from the map does not compile (tsc checks this line).
    const incomplete: Handlers = { 'library.info': async () => fakeSession().session.info() };
    // At run time: the map above really lacks every other method, so the error tsc expects
    // is the missing handlers and not some other mistake on that line.
    const missing = METHOD_NAMES.filter((method) => !Object.hasOwn(incomplete, method));
    expect(missing).toEqual(METHOD_NAMES.filter((method) => method !== 'library.info'));
    expect(missing.length).toBeGreaterThan(0);
  });
});
