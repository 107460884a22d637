/**
 * A stand-in for Electron's Linux distribution, enough for electron-builder's `dir` target,
 * which copies the folder, renames `electron` to the app's executable and keeps Electron's
 * LICENSE. The real zip cannot be downloaded where the tests run; nothing here is executed.
 *
 * The executable carries a fuse wire laid out as in the real binary (sentinel, wire version,
 * length, one byte per fuse, see @electron/fuses) with Electron's default states, so that
 * electron-builder's fuse step flips it as it would flip Electron's.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;
/**
 * Electron's defaults in @electron/fuses' FuseV1Options order, '1' on and '0' off: RunAsNode,
 * EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
 * EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
 * LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges.
 */
const ELECTRON_DEFAULT_FUSES = '10110001';

export async function writePlaceholderElectron(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const executable = Buffer.concat([
    Buffer.from('placeholder for the electron executable\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([FUSE_WIRE_VERSION, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES),
  ]);
  await writeFile(join(dir, 'electron'), executable, { mode: 0o755 });
  await writeFile(join(dir, 'LICENSE'), "placeholder for Electron's licence\n");
}
