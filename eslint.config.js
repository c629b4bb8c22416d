// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node built-ins, by both spellings: the pure domain and the renderer must not reach them. */
const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'buffer',
  'events',
  'worker_threads',
  'process',
  'fs/promises',
].flatMap((name) => [name, `node:${name}`]);

const noNodeGlobals = [
  { name: 'process', message: 'Not in the browser: get host facts through window.api.' },
  { name: 'require', message: 'Use an import.' },
  { name: 'Buffer', message: 'Use Uint8Array.' },
  { name: '__dirname', message: 'Not in the browser.' },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      // Side-by-side builds (`electron-vite build --outDir out-x`), as .gitignore has them.
      'out-*/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.e2e-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits swallows its error (a failed
    // save that says nothing). Only for the sources, where the types are.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // The domain is pure TypeScript: it runs in main, renderer, CLI and tests alike.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'zustand', 'dexie'].map(
            (name) => ({
              name,
              message: 'src/shared is pure: no electron, react, node or storage.',
            }),
          ),
          patterns: [
            {
              group: ['@xyflow/*', '**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'src/shared imports nothing outside itself.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...noNodeGlobals],
    },
  },
  {
    // The renderer talks to the machine only through window.api.
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron'].map((name) => ({
            name,
            message: 'The renderer has no Node or Electron: use window.api.',
          })),
          patterns: [
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer only imports src/shared.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...noNodeGlobals],
    },
  },
  {
    // Only the shell may load electron: host, services, CLI and browser host run
    // in plain Node (the browser host loads src/main/host too). A shell module
    // may import electron, so importing one would pull it in all the same.
    files: [
      'src/main/host/**/*.ts',
      'src/main/services/**/*.ts',
      'src/main/cli/**/*.ts',
      'src/main/browser-host/**/*.ts',
      // npm start runs it in plain Node, to find out whether Electron can start at all.
      'src/main/launcher/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only src/main/shell may import electron.' }],
          patterns: [
            {
              group: ['**/shell', '**/shell/**'],
              message: 'Only the Electron entry uses src/main/shell; plain Node code never does.',
            },
          ],
        },
      ],
    },
  },
  {
    // The preload is a sandboxed classic script: its require() knows only
    // electron, and whatever it imports is bundled into it. Values from
    // src/shared only from the zod-free channel and event lists; the contract
    // (zod and every schema) for its types only.
    files: ['src/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'A sandboxed preload has no Node modules.',
            })),
            { name: 'zod', message: 'zod stays out of the preload: it would be bundled in.' },
          ],
          patterns: [
            {
              group: ['zod/*'],
              message: 'zod stays out of the preload: it would be bundled in.',
            },
            {
              // Any module of src/shared except the two zod-free lists.
              regex: '(^|/)shared/(?!ipc/(channels|events)$)',
              allowTypeImports: true,
              message:
                'The preload imports values only from shared/ipc/channels and shared/ipc/events (types from anywhere, e.g. the contract).',
            },
            {
              group: ['**/main/**', '**/renderer/**'],
              message: 'The preload is the bridge alone: no main or renderer code.',
            },
          ],
        },
      ],
    },
  },
);
