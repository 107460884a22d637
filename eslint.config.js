import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// The layers of docs/ARCHITECTURE.md, relative to the folder of this file (not the working
// directory, so the config holds wherever ESLint runs from).
const MAIN = './src/main';
const PRELOAD = './src/preload';
const RENDERER = './src/renderer';
const SHARED = './src/shared';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      // Type information for the rules below that need it (promises, awaits).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Resolves `@shared/*` and relative imports as tsconfig does, so the boundary rules see
      // the file an import reaches, not the words it is spelt with.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: `${import.meta.dirname}/tsconfig.json` }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // A promise nobody awaits loses its rejection; fire-and-forget must say so with `void`.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Imports flow one way (docs/ARCHITECTURE.md): shared imports no other layer, the renderer and
  // the preload never import main or each other. Checked on resolved paths, so `../../main/x`
  // and an alias fail alike.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: SHARED,
              from: [MAIN, PRELOAD, RENDERER],
              message: 'shared imports no other layer.',
            },
            {
              target: RENDERER,
              from: [MAIN, PRELOAD],
              message: 'the renderer reaches main only through the API contract.',
            },
            {
              target: PRELOAD,
              from: [MAIN, RENDERER],
              message: 'the preload imports only types from shared.',
            },
          ],
        },
      ],
    },
  },
  // Shared, renderer and preload run without Node: no built-in module under any spelling
  // (`fs` as well as `node:fs`), no Electron outside the preload, no React in shared.
  {
    files: ['src/shared/**/*.ts', 'src/renderer/**/*.{ts,tsx}', 'src/preload/**/*.ts'],
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'react'], patterns: ['react/*', 'react-dom', 'react-dom/*'] },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
  // The preload is one sandboxed bundle: Electron's renderer modules and types from shared only.
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@shared/*', '**/shared/*'],
              allowTypeImports: true,
              message: 'the preload imports only types from shared (docs/ARCHITECTURE.md).',
            },
          ],
        },
      ],
    },
  },
);
