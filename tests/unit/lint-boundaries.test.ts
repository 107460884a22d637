/**
 * The project's ESLint configuration holds the boundaries of docs/ARCHITECTURE.md: small files
 * placed as if in src/renderer, src/preload, src/shared and src/main of a copy of the project
 * (its eslint.config.js and tsconfig files, its node_modules) are linted through ESLint's Node
 * API, and each crossing must fail with the rule that guards it, while the imports each layer
 * is allowed still pass.
 */
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slowMachineMs } from '../support/timeouts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG_FILES = [
  'eslint.config.js',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.node.json',
  'tsconfig.web.json',
];

/** What the fixtures import: one module of each layer. */
const TARGETS: Record<string, string> = {
  'src/main/library/store.ts': 'export async function save(): Promise<void> {}\n',
  'src/shared/errors.ts': "export const CODE = 'io';\nexport type Code = typeof CODE;\n",
  'src/renderer/src/app.ts': "export const screen = 'list';\n",
};

/** Fixture file → the rules it must break, sorted; [] for an import the layer may make. */
const FIXTURES: Record<string, { code: string; breaks: string[] }> = {
  'src/renderer/src/bare-fs.ts': {
    code: "import fs from 'fs';\nexport const used = [fs];\n",
    breaks: ['import-x/no-nodejs-modules'],
  },
  'src/renderer/src/node-fs.ts': {
    code: "import { readFile } from 'node:fs/promises';\nexport const used = [readFile];\n",
    breaks: ['import-x/no-nodejs-modules'],
  },
  'src/renderer/src/imports-main.ts': {
    code: "import { save } from '../../main/library/store';\nexport const used = [save];\n",
    breaks: ['import-x/no-restricted-paths'],
  },
  'src/renderer/src/imports-electron.ts': {
    code: "import { ipcRenderer } from 'electron';\nexport const used = [ipcRenderer];\n",
    breaks: ['no-restricted-imports'],
  },
  'src/renderer/src/uses-shared.ts': {
    code: "import { CODE } from '@shared/errors';\nexport const used = [CODE];\n",
    breaks: [],
  },
  'src/preload/value-from-shared.ts': {
    code: "import { CODE } from '@shared/errors';\nexport const used = [CODE];\n",
    breaks: ['@typescript-eslint/no-restricted-imports'],
  },
  'src/preload/value-from-shared-relative.ts': {
    code: "import { CODE } from '../shared/errors';\nexport const used = [CODE];\n",
    breaks: ['@typescript-eslint/no-restricted-imports'],
  },
  'src/preload/types-from-shared.ts': {
    code:
      "import { ipcRenderer } from 'electron';\nimport type { Code } from '@shared/errors';\n" +
      "export const used = [ipcRenderer];\nexport type Used = Code;\n",
    breaks: [],
  },
  'src/preload/imports-main.ts': {
    code: "import type { save } from '../main/library/store';\nexport type Used = typeof save;\n",
    breaks: ['import-x/no-restricted-paths'],
  },
  'src/preload/imports-renderer.ts': {
    code:
      "import type { screen } from '../renderer/src/app';\nexport type Used = typeof screen;\n",
    breaks: ['import-x/no-restricted-paths'],
  },
  'src/preload/uses-node.ts': {
    code: "import { join } from 'path';\nexport const used = [join];\n",
    breaks: ['import-x/no-nodejs-modules'],
  },
  'src/shared/imports-renderer.ts': {
    code: "import { screen } from '../renderer/src/app';\nexport const used = [screen];\n",
    breaks: ['import-x/no-restricted-paths'],
  },
  'src/shared/uses-node.ts': {
    code: "import { createHash } from 'crypto';\nexport const used = [createHash];\n",
    breaks: ['import-x/no-nodejs-modules'],
  },
  'src/shared/uses-react.ts': {
    code: "import { useState } from 'react';\nexport const used = [useState];\n",
    breaks: ['no-restricted-imports'],
  },
  'src/main/forgets-a-promise.ts': {
    code: "import { save } from './library/store';\nexport function onQuit(): void {\n  save();\n}\n",
    breaks: ['@typescript-eslint/no-floating-promises'],
  },
  'src/main/passes-a-promise-as-callback.ts': {
    code:
      "import { save } from './library/store';\n" +
      "export function onClose(listen: (cb: () => void) => void): void {\n  listen(save);\n}\n",
    breaks: ['@typescript-eslint/no-misused-promises'],
  },
  'src/main/says-fire-and-forget.ts': {
    code:
      "import { save } from './library/store';\nexport function onQuit(): void {\n" +
      '  void save().catch(() => undefined);\n}\n',
    breaks: [],
  },
};

async function writeIn(dir: string, file: string, code: string): Promise<void> {
  await mkdir(dirname(join(dir, file)), { recursive: true });
  await writeFile(join(dir, file), code);
}

describe("the lint configuration's boundaries", () => {
  let project: string;
  let broken: Record<string, string[]>;

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'press-office-lint-'));
    for (const file of CONFIG_FILES) await copyFile(join(root, file), join(project, file));
    await writeFile(join(project, 'package.json'), '{ "type": "module" }\n');
    await symlink(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
    for (const [file, code] of Object.entries(TARGETS)) await writeIn(project, file, code);
    for (const [file, { code }] of Object.entries(FIXTURES)) await writeIn(project, file, code);

    const results = await new ESLint({ cwd: project }).lintFiles(Object.keys(FIXTURES));
    broken = Object.fromEntries(
      results.map((result) => [
        relative(project, result.filePath).split(sep).join('/'),
        result.messages.map((message) => message.ruleId ?? `fatal: ${message.message}`).sort(),
      ]),
    );
  }, slowMachineMs(3));

  afterAll(async () => {
    if (project) await rm(project, { recursive: true, force: true });
  });

  it('fails every crossing with the rule that guards it, and passes what each layer may import', () => {
    const expected = Object.fromEntries(
      Object.entries(FIXTURES).map(([file, { breaks }]) => [file, breaks]),
    );
    expect(broken).toEqual(expected);
  });
});
