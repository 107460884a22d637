/**
 * The preload against a fake of Electron's contextBridge and ipcRenderer (the real ones exist
 * only inside Electron): it must expose exactly invoke and onCommand and let nothing else
 * through to the page.
 */
import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PressOfficeApi } from '../../src/shared/preload-api';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'pong' })),
  emitter: null as EventEmitter | null,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const emitter = new Emitter();
  fake.emitter = emitter;
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
    ipcRenderer: Object.assign(emitter, { invoke: fake.invoke }),
  };
});

let api: PressOfficeApi;
let ipc: EventEmitter;

beforeAll(async () => {
  await import('../../src/preload/index');
  api = fake.exposed.get('pressOffice') as PressOfficeApi;
  ipc = fake.emitter as EventEmitter;
});

describe('preload', () => {
  it('exposes exactly invoke and onCommand as window.pressOffice', () => {
    expect([...fake.exposed.keys()]).toEqual(['pressOffice']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onCommand']);
  });

  it('forwards invoke to the API channel', async () => {
    expect(await api.invoke('releases.list', {})).toEqual({ ok: true, value: 'pong' });
    expect(fake.invoke).toHaveBeenCalledWith('api', 'releases.list', {});
  });

  it('answers a non-string method with an error envelope without calling main', async () => {
    fake.invoke.mockClear();
    const result = await api.invoke({ toString: () => 'releases.list' } as unknown as string, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(fake.invoke).not.toHaveBeenCalled();
  });

  it('passes commands on as bare strings and ignores anything else', () => {
    const received: unknown[][] = [];
    api.onCommand((...args: unknown[]) => received.push(args));
    ipc.emit('command', { sender: 'the IPC event' }, 'new-release');
    ipc.emit('command', { sender: 'the IPC event' }, { evil: true });
    expect(received).toEqual([['new-release']]);
  });

  it('unsubscribes', () => {
    const cb = vi.fn();
    const before = ipc.listenerCount('command');
    const unsubscribe = api.onCommand(cb);
    unsubscribe();
    ipc.emit('command', {}, 'new-release');
    expect(cb).not.toHaveBeenCalled();
    expect(ipc.listenerCount('command')).toBe(before);
  });
});
