import type {
  Dialog,
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogReturnValue,
} from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { LibraryInfo } from '../../src/shared/contract';
import { AppError } from '../../src/main/errors';
import { confirmExternalLink, openLibraryFolder } from '../../src/main/shell/dialogs';
import { openStartupLibrary, type LibraryOpener } from '../../src/main/shell/startup-library';

const DEFAULT_DIR = '/home/press/.config/Press Office/Library';

function fakeSession(failing: string[] = []) {
  const open = vi.fn(async (dir: string, _options: { seedDemo: boolean }) => {
    if (failing.includes(dir)) throw new AppError('library-unavailable', dir);
    return { path: dir } as LibraryInfo;
  });
  return { open } satisfies LibraryOpener;
}

function fakeDialog(answers: { folder?: string; response?: number } = {}) {
  const messages: MessageBoxOptions[] = [];
  const dialog = {
    showOpenDialog: vi.fn(async (): Promise<OpenDialogReturnValue> =>
      answers.folder
        ? { canceled: false, filePaths: [answers.folder] }
        : { canceled: true, filePaths: [] },
    ),
    showMessageBox: vi.fn(async (...args: unknown[]): Promise<MessageBoxReturnValue> => {
      messages.push(args.at(-1) as MessageBoxOptions);
      return { response: answers.response ?? 0, checkboxChecked: false };
    }),
  };
  return {
    dialog: dialog as unknown as Pick<Dialog, 'showMessageBox' | 'showOpenDialog'>,
    messages,
  };
}

describe('openStartupLibrary', () => {
  it('seeds demo content only into the default library', async () => {
    const session = fakeSession();
    await openStartupLibrary(session, DEFAULT_DIR, DEFAULT_DIR);
    await openStartupLibrary(session, '/media/usb/Press', DEFAULT_DIR);
    expect(session.open.mock.calls).toEqual([
      [DEFAULT_DIR, { seedDemo: true }],
      ['/media/usb/Press', { seedDemo: false }],
    ]);
  });

  it('falls back to the default library when the remembered one cannot be opened', async () => {
    const session = fakeSession(['/media/usb/Press']);
    const outcome = await openStartupLibrary(session, '/media/usb/Press', DEFAULT_DIR);
    expect(outcome).toMatchObject({
      kind: 'fell-back',
      failedPath: '/media/usb/Press',
      error: { code: 'library-unavailable' },
    });
    expect(session.open).toHaveBeenLastCalledWith(DEFAULT_DIR, { seedDemo: true });
  });

  it('reports failure when not even the default library opens', async () => {
    const session = fakeSession([DEFAULT_DIR]);
    expect(await openStartupLibrary(session, DEFAULT_DIR, DEFAULT_DIR)).toMatchObject({
      kind: 'failed',
    });
    expect(session.open).toHaveBeenCalledTimes(1);
  });
});

describe('openLibraryFolder', () => {
  it('opens the chosen folder without demo content and tells the renderer', async () => {
    const session = fakeSession();
    const onLibraryChanged = vi.fn();
    const { dialog } = fakeDialog({ folder: '/media/usb/Press' });
    await openLibraryFolder({
      dialog,
      window: null,
      lang: 'en',
      session,
      defaultDir: DEFAULT_DIR,
      onLibraryChanged,
    });
    expect(session.open).toHaveBeenCalledWith('/media/usb/Press', { seedDemo: false });
    expect(onLibraryChanged).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const session = fakeSession();
    const onLibraryChanged = vi.fn();
    await openLibraryFolder({
      dialog: fakeDialog().dialog,
      window: null,
      lang: 'en',
      session,
      defaultDir: DEFAULT_DIR,
      onLibraryChanged,
    });
    expect(session.open).not.toHaveBeenCalled();
    expect(onLibraryChanged).not.toHaveBeenCalled();
  });

  it('explains, in the interface language, why a folder could not be opened', async () => {
    const session = fakeSession(['/readonly']);
    const onLibraryChanged = vi.fn();
    const { dialog, messages } = fakeDialog({ folder: '/readonly' });
    await openLibraryFolder({
      dialog,
      window: null,
      lang: 'ru',
      session,
      defaultDir: DEFAULT_DIR,
      onLibraryChanged,
    });
    expect(onLibraryChanged).not.toHaveBeenCalled();
    expect(messages[0]).toMatchObject({
      type: 'error',
      message: expect.stringContaining('/readonly'),
    });
    expect(messages[0]?.detail).toContain('Папку библиотеки не удалось открыть');
  });
});

describe('confirmExternalLink', () => {
  it('defaults to Cancel and shows the URL', async () => {
    const { dialog, messages } = fakeDialog({ response: 1 });
    expect(await confirmExternalLink(dialog, null, 'en', 'https://example.org/')).toBe(false);
    expect(messages[0]).toMatchObject({
      defaultId: 1,
      cancelId: 1,
      detail: expect.stringContaining('https://example.org/'),
    });
  });

  it('is true only for the Open button', async () => {
    expect(
      await confirmExternalLink(
        fakeDialog({ response: 0 }).dialog,
        null,
        'en',
        'https://example.org/',
      ),
    ).toBe(true);
  });
});
