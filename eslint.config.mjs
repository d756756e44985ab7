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

// service/ is the one core the transports share: it knows none of them.
const serviceRestrictions = {
  patterns: [
    {
      group: ['**/web/**', '**/electron/**', '**/cli/**', '**/renderer/**', 'electron', 'react', 'react-dom'],
      message: 'service/ imports no transport, command line or UI: they call it through service/api.',
    },
  ],
};

// The transports (browser mode, the desktop app, the command line) are thin: the service's door is service/api.
const throughServiceApi = {
  group: ['**/service/**', '!**/service/api', '!**/service/api/**'],
  message: 'web/, electron/ and cli/ reach the service only through service/api.',
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
  {
    // electron-builder loads its hooks with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', sharedRestrictions] } },
  { files: ['service/**/*.ts'], rules: { 'no-restricted-imports': ['error', serviceRestrictions] } },
  {
    files: ['web/**/*.ts', 'cli/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            throughServiceApi,
            { group: ['**/renderer/**'], message: 'Transports do not import the UI.' },
          ],
        },
      ],
    },
  },
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
        {
          patterns: [
            throughServiceApi,
            { group: ['**/renderer/**'], message: 'electron/ must not import the renderer.' },
          ],
        },
      ],
    },
  },
);
