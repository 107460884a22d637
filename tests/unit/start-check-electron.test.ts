import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './support/temp-dir';

const run = promisify(execFile);
const script = resolve('scripts/check-electron.mjs');
const tempDir = useTempDirs();

/** A project folder with a fake electron package: its path.txt and binary only when asked. */
async function project(opts: { pathTxt: boolean; binary: boolean }): Promise<string> {
  const dir = await tempDir();
  const pkg = join(dir, 'node_modules', 'electron');
  await mkdir(join(pkg, 'dist'), { recursive: true });
  await writeFile(join(dir, 'package.json'), '{"name":"fixture","private":true}');
  await writeFile(join(pkg, 'package.json'), '{"name":"electron","version":"45.5.0"}');
  if (opts.pathTxt) await writeFile(join(pkg, 'path.txt'), 'electron');
  if (opts.binary) await writeFile(join(pkg, 'dist', 'electron'), '');
  return dir;
}

async function check(cwd: string): Promise<{ code: number; stderr: string }> {
  const env = { ...process.env };
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  try {
    const { stderr } = await run(process.execPath, [script], { cwd, env });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe('npm start: the Electron binary check', () => {
  it('passes silently when the binary is there', async () => {
    expect(await check(await project({ pathTxt: true, binary: true }))).toEqual({
      code: 0,
      stderr: '',
    });
  });

  it('says the binary was never downloaded and what to do, and fails', async () => {
    const { code, stderr } = await check(await project({ pathTxt: false, binary: false }));
    expect(code).not.toBe(0);
    expect(stderr).toContain('has not been downloaded');
    expect(stderr).toContain('ELECTRON_MIRROR');
    expect(stderr).toContain('npm run host');
  });

  it('fails when path.txt names a binary that is gone', async () => {
    const { code, stderr } = await check(await project({ pathTxt: true, binary: false }));
    expect(code).not.toBe(0);
    expect(stderr).toContain('binary is missing');
  });

  it('fails when the electron package itself is not installed', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'package.json'), '{"name":"fixture","private":true}');
    const { code, stderr } = await check(dir);
    expect(code).not.toBe(0);
    expect(stderr).toContain('npm ci');
  });
});
