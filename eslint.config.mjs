import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// shared/ is the common layer: it runs in the main process, the web server and the browser alike.
const sharedRestrictions = {
  patterns: [
    { group: ['node:*'], message: 'shared/ must not use Node built-ins: put I/O in service/.' },
    { group: ['**/electron/**', 'electron'], message: 'shared/ must not import the Electron layer.' },
    {
      group: ['**/renderer/**', 'react', 'react-dom', 'ag-grid-*'],
      message: 'shared/ must not import the UI.',
    },
    {
      group: ['**/service/**', 'better-sqlite3', 'exceljs', 'hyperformula'],
      message: 'shared/ holds no I/O.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'out', 'test-results', 'bench-results', 'test/fixtures/generated'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', sharedRestrictions] } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/service/**', 'node:*'],
              message: 'The renderer talks to the service through the API client only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'electron/ must not import the renderer.' }] },
      ],
    },
  },
);
