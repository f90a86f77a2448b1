// Lint rules, including the layering: renderer never imports electron/, shared/ imports neither.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronLayer = {
  regex: '(^|/)electron(/|$)',
  message: 'The renderer talks to its host only through the HostApi in shared/host.',
};
const rendererLayer = {
  regex: '(^|/)renderer(/|$)',
  message:
    'shared/ is pure TypeScript used by every runtime: it imports neither renderer/ nor electron/.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'release/',
      '.tsbuild/',
      'test-results/',
      'playwright-report/',
      'assets/',
      '.cache/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...electronLayer, message: 'shared/ imports neither renderer/ nor electron/.' },
            rendererLayer,
            {
              regex: '^(node:|react$|react-dom|dexie$)',
              message: 'shared/ stays free of Node, DOM and UI libraries.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronLayer,
            { regex: '^node:', message: 'The renderer runs in a browser sandbox.' },
          ],
        },
      ],
    },
  },
  {
    // Unit tests of renderer code run under Node and may use it for fixtures.
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronLayer] }] },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc.ts', 'electron/preload.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message:
                'Only electron/ipc.ts uses ipcMain and only electron/preload.ts uses ipcRenderer.',
            },
          ],
          patterns: [rendererLayer],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'test/**/*.{ts,mjs}', '*.config.{ts,mjs}', 'electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
