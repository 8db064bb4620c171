// The folder import rules of ../shared/design/architecture.md, enforced here rather than hoped for.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import importX from 'eslint-plugin-import-x';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'url', 'util'];
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const group = (group, message) => ({ group, message });

/** The backend's own rules for `files`, and the later layers they must not import (ESLint keeps one rule per file). */
function backendLayer(files, laterLayers) {
  const later =
    laterLayers.length === 0
      ? []
      : [
          group(
            laterLayers.flatMap((layer) => [`**/${layer}/**`, `./${layer}/**`]),
            `A layer imports only the layers before it: db → repositories → services → handlers (not ${laterLayers.join(', ')}).`,
          ),
        ];
  return [
    {
      files: [files],
      rules: restrict([
        group(['electron', 'electron/*'], 'The backend runs in plain Node: only electron/main/app and electron/preload import electron.'),
        group(['**/app/**', '**/preload/**', '**/cli/**', '**/renderer/**'], 'The backend imports only shared/, node, better-sqlite3 and pdfmake.'),
        group(['react', 'react-dom', 'react/*'], 'No React in the backend.'),
        ...later,
      ]),
    },
  ];
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([
      group(nodeBuiltins, 'shared/ is pure: no Node built-ins.'),
      group(
        ['electron', 'electron/*', 'better-sqlite3', 'react', 'react-dom', 'react/*', 'pdfmake', 'pdfmake/*'],
        'shared/ is pure: no Electron, SQLite, React or PDF rendering.',
      ),
      group(['**/electron/**', '**/renderer/**', '**/test/**'], 'shared/ imports nothing of the other folders.'),
    ]),
  },
  // The backend, and inside it the layers db → repositories → services → handlers: each imports only those before it.
  // Patterns match the import as written ("../app/ipc.ts"), so they name the folder, not the path from the root.
  ...backendLayer('electron/main/backend/**/*.ts', []),
  ...backendLayer('electron/main/backend/db/**/*.ts', ['repositories', 'services', 'handlers']),
  ...backendLayer('electron/main/backend/repositories/**/*.ts', ['services', 'handlers']),
  ...backendLayer('electron/main/backend/services/**/*.ts', ['handlers']),
  {
    files: ['electron/cli/**/*.ts'],
    rules: restrict([
      group(['electron', 'electron/*'], 'The CLI runs in plain Node: no electron.'),
      group(['**/main/app/**', '**/preload/**', '**/renderer/**'], 'The CLI uses the backend only.'),
    ]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([
      group(['**/main/**', '**/cli/**', '**/renderer/**'], 'The preload maps the contract only: shared/ types and electron.'),
      group(['better-sqlite3', ...nodeBuiltins], 'The sandboxed preload has no Node access.'),
    ]),
  },
  {
    files: ['electron/main/app/**/*.ts'],
    rules: restrict([group(['**/renderer/**', '**/cli/**', '**/preload/**'], 'The app shell talks to the renderer over IPC only.')]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        group(['electron', 'electron/*', 'better-sqlite3', ...nodeBuiltins], 'The renderer has no Node or Electron: it talks to window.ropa through src/api.'),
        group(['**/electron/**', '**/test/**'], 'The renderer imports only shared/ and UI libraries.'),
      ]),
    },
  },
  // The shell (App, sidebar, register dialogs) composes the screens; nothing below it imports the shell back.
  {
    files: ['renderer/src/{screens,components,navigation,api,i18n}/**/*.{ts,tsx}'],
    rules: restrict([
      group(['electron', 'electron/*', 'better-sqlite3', ...nodeBuiltins], 'The renderer has no Node or Electron: it talks to window.ropa through src/api.'),
      group(['**/electron/**', '**/test/**'], 'The renderer imports only shared/ and UI libraries.'),
      group(['**/shell/**'], 'The shell composes the screens: screens, components and navigation do not import it back.'),
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/api/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='ropa']",
          message: 'Only renderer/src/api touches window.ropa; call the api module instead.',
        },
      ],
    },
  },
  // Every word on screen comes from the catalogues (renderer/src/i18n/locales), in the four interface languages: no
  // text written into a component, neither between tags nor in the attributes a person sees or hears.
  {
    files: ['renderer/src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-text-only',
          // Digits, punctuation and the few signs drawn as decoration (▾, ·, ×) are no language's words.
          words: { exclude: ['^[0-9!-/:-@[-`{-~\\s▾▸◂·•…—–×✓]+$'] },
          message: "Text on screen comes from the catalogue: t('namespace:key') (renderer/src/i18n/locales).",
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label|description)$/] > Literal',
          message: "Text a person sees or hears comes from the catalogue: t('namespace:key') (renderer/src/i18n/locales).",
        },
        {
          selector: "MemberExpression[object.name='window'][property.name='ropa']",
          message: 'Only renderer/src/api touches window.ropa; call the api module instead.',
        },
      ],
    },
  },
  // No import cycles anywhere in the product's code: a circle of modules has no first layer to read or test alone.
  {
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['electron/**/*.ts', 'test/**/*.ts', 'test/**/*.tsx', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
);
