import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import { serviceLayers } from './build/lint/service-layers.mjs';

// Packages, each in its one place: exceljs where workbooks are read and written (service/workbooks, and
// service/export, which writes the exported workbooks and reads a pokja's file back; TODO (issue 23, the
// three workbook writers): planning's Rencana Aksi and portfolio's rekap writers, listed in
// EXCELJS_PLACES, to go through service/export's writer), better-sqlite3 in the storage
// (service/documents/sqlite), electron in electron/.
const EXCELJS_PLACES = [
  'service/workbooks/**',
  'service/export/**',
  'service/planning/write-rencana-aksi.ts',
  'service/portfolio/write-rekap.ts',
];
const STORAGE = ['service/documents/sqlite/**'];
const only = (name, where) => ({ name, message: `${name} is used only in ${where}.` });
const EXCELJS = only('exceljs', 'service/workbooks and service/export (see eslint.config.mjs)');
const SQLITE = only('better-sqlite3', 'the storage, service/documents/sqlite');
const ELECTRON = only('electron', 'electron/');
// Node's built-ins by their bare names too (`fs`, `path`), for the layers that must not use Node.
const NODE_BUILTINS = builtinModules
  .filter((name) => !name.startsWith('_'))
  .map((name) => ({ name, message: 'No Node built-ins here: put I/O in service/.' }));

// shared/ is the common layer: it runs in the main process, the web server and the browser alike.
const sharedRestrictions = {
  paths: [...NODE_BUILTINS, EXCELJS, SQLITE, ELECTRON],
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
const serviceRestrictions = (...paths) => ({
  paths: [ELECTRON, ...paths],
  patterns: [
    {
      group: ['**/web/**', '**/electron/**', '**/cli/**', '**/renderer/**', 'electron', 'react', 'react-dom'],
      message: 'service/ imports no transport, command line or UI: they call it through service/api.',
    },
  ],
});

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
  {
    files: ['service/**/*.ts'],
    ignores: [...EXCELJS_PLACES, ...STORAGE],
    rules: { 'no-restricted-imports': ['error', serviceRestrictions(EXCELJS, SQLITE)] },
  },
  {
    files: EXCELJS_PLACES.map((p) => (p.endsWith('/**') ? `${p}/*.ts` : p)),
    rules: { 'no-restricted-imports': ['error', serviceRestrictions(SQLITE)] },
  },
  {
    files: STORAGE.map((p) => `${p}/*.ts`),
    rules: { 'no-restricted-imports': ['error', serviceRestrictions(EXCELJS)] },
  },
  {
    // service/'s folders in a stated order, no arrow back up (build/lint/service-layers.mjs).
    files: ['service/**/*.ts'],
    plugins: { rbw: { rules: { 'service-layers': serviceLayers } } },
    rules: { 'rbw/service-layers': 'error' },
  },
  {
    files: ['web/**/*.ts', 'cli/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [EXCELJS, SQLITE, ELECTRON],
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
          paths: [...NODE_BUILTINS, EXCELJS, SQLITE, ELECTRON],
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
          paths: [EXCELJS, SQLITE],
          patterns: [
            throughServiceApi,
            { group: ['**/renderer/**'], message: 'electron/ must not import the renderer.' },
          ],
        },
      ],
    },
  },
);
