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
    // Only the shell may load electron: services, CLI and browser host run in plain Node.
    files: ['src/main/services/**/*.ts', 'src/main/cli/**/*.ts', 'src/main/browser-host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only src/main/shell may import electron.' }] },
      ],
    },
  },
);
