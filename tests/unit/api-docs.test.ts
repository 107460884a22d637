import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '@shared/contract';
import { ERROR_CODES } from '@shared/errors';

const apiDoc = resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/API.md');

describe('docs/API.md', () => {
  it('documents every method of the contract under its own heading, and no other', async () => {
    const text = await readFile(apiDoc, 'utf8');
    const documented = [...text.matchAll(/^### `([^`]+)`$/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('explains every error code', async () => {
    const text = await readFile(apiDoc, 'utf8');
    for (const code of ERROR_CODES) {
      expect(text, code).toMatch(new RegExp(`^\\| \`${code}\` +\\|`, 'm'));
    }
  });
});
