import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/main/library/library';
import { bundleForNode } from './support/bundle';
import { useTempDirs } from './support/temp-dir';
import { withSourceText } from './support/release-builders';

const run = promisify(execFile);
const tempDir = useTempDirs();

describe('a failed save', () => {
  it('reports an io error and leaves the last good copy byte-for-byte intact', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir);
    const created = await library.createRelease({ kind: 'news', sourceLang: 'kk' });
    const good = await library.saveRelease(withSourceText(created, 'Жаңалық', 'Соңғы сақталған мәтін.'));
    await library.close();
    const path = join(dir, 'releases', `${good.id}.json`);
    const before = await readFile(path);

    const child = await bundleForNode(join(import.meta.dirname, 'support/fill-disk-child.ts'), await tempDir());
    // 256 KiB file-size limit: the library's own files fit, the oversized release does not.
    const { stdout } = await run('bash', ['-c', `ulimit -f 512 && exec "${process.execPath}" "${child}" "${dir}" "${good.id}"`]);
    expect(JSON.parse(stdout.trim())).toMatchObject({ code: 'io', detail: 'EFBIG' });

    expect(await readFile(path)).toEqual(before);
    const reopened = await Library.open(dir);
    expect((await reopened.getRelease(good.id)).variants.kk?.title).toBe('Жаңалық');
    expect(reopened.info().quarantined).toEqual([]);
    await reopened.close();
  });
});
