// Flat config. The boundary rules below encode ARCHITECTURE.md ("Layers"); they are tested
// against fixtures in tests/unit/lint-boundaries.test.ts, including relative-path imports.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './eslint-layers.js';

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

/** Files allowed to import `electron`: the shell, and nothing else. */
const SHELL = ['src-main/index.ts', 'src-main/security.ts', 'src-main/preload/**', 'src-main/platform/**'];

/**
 * The allow-list: which of our folders each layer may import, besides its own (ARCHITECTURE.md
 * explains each entry). `allowTypeOnly`: types only, which the build erases. Anything not listed
 * is refused; tests, bench and config files are not layers and may import anything.
 */
const LAYERS = [
  { name: 'shared', paths: ['src-main/shared/'], allow: [] },
  { name: 'domain', paths: ['src-main/domain/'], allow: ['shared'] },
  { name: 'crypto', paths: ['src-main/crypto/'], allow: ['shared'] },
  // The document store writes and reads the encrypted document format.
  { name: 'storage', paths: ['src-main/storage/'], allow: ['shared', 'crypto'] },
  // The database file is a vault file: created with the vault's file mode (storage/vault-paths).
  { name: 'db', paths: ['src-main/db/'], allow: ['shared', 'domain', 'storage'] },
  {
    name: 'services',
    paths: ['src-main/services/'],
    allow: ['shared', 'domain', 'crypto', 'storage', 'db', 'resources'],
  },
  { name: 'ipc', paths: ['src-main/ipc/'], allow: ['services', 'shared'], allowTypeOnly: ['storage'] },
  // The CLI builds its services with createServices(), like backend.ts: it needs nothing else.
  { name: 'cli', paths: ['src-main/cli/'], allow: ['services', 'shared'] },
  {
    name: 'shell',
    paths: [
      'src-main/index.ts',
      'src-main/security.ts',
      'src-main/backend.ts',
      'src-main/preload/',
      'src-main/platform/',
    ],
    allow: ['*'],
  },
  { name: 'types', paths: ['src-main/types/'], allow: [] },
  { name: 'renderer', paths: ['src-renderer/'], allow: ['shared'] },
  { name: 'resources', paths: ['resources/'], allow: [] },
];

// Restrictions are built as lists and combined per folder, because in flat config a later
// `no-restricted-imports` entry replaces an earlier one instead of merging with it.
const electron = {
  paths: [
    { name: 'electron', message: 'Only the shell (index.ts, security.ts, preload/, platform/) may import electron.' },
  ],
  patterns: [{ regex: '^electron/', message: 'Only the shell may import electron.' }],
};
const sharedAlias = {
  paths: [],
  patterns: [
    {
      regex: '^@shared(/|$)',
      message:
        'src-main imports shared/ by relative path; @shared/ is the renderer’s alias (its build has it, main’s does not).',
    },
  ],
};
const nodeBuiltins = {
  // builtinModules covers fs, fs/promises, path, crypto, os, child_process, … for this Node.
  paths: builtinModules
    .filter((name) => !name.startsWith('_'))
    .map((name) => ({ name, message: 'shared/, domain/ and the renderer stay Node-free.' })),
  patterns: [{ regex: '^node:', message: 'shared/, domain/ and the renderer stay Node-free.' }],
};
const kysely = {
  paths: [{ name: 'kysely', message: 'shared/ and domain/ know nothing about the database.' }],
  patterns: [{ regex: '^kysely/', message: 'shared/ and domain/ know nothing about the database.' }],
};

function restrict(...groups) {
  return [
    'error',
    {
      paths: groups.flatMap((g) => g.paths),
      patterns: groups.flatMap((g) => g.patterns),
    },
  ];
}

export default defineConfig(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      'coverage/**',
      // Linted explicitly, at virtual paths, by tests/unit/lint-boundaries.test.ts.
      'tests/lint-fixtures/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain JS config/scripts are outside tsconfig: lint them without type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    // The bundled main process declares a top-level `require` (electron-vite's CommonJS shim);
    // one of ours is a SyntaxError when the built app starts, which no unit test would see.
    files: ['src-main/**/*.ts'],
    rules: { 'id-denylist': ['error', 'require'] },
  },
  {
    // Playwright fixtures must destructure their first argument, even when they need nothing.
    files: ['tests/e2e/**', 'tests/electron/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    // Tests read on-disk formats through JSON.parse on purpose and assert their shape with
    // expect(); demanding casts there adds noise without catching bugs. Source code keeps them.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['src-main/shared/**', 'src-main/ipc/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },

  // ---- Boundaries -------------------------------------------------------------------------
  {
    files: TS,
    plugins: { emanet: layersPlugin },
    rules: {
      'emanet/layers': [
        'error',
        {
          layers: LAYERS,
          aliases: { '@shared/': 'src-main/shared/' },
          // The renderer reaches shared/ only as @shared/… (a relative climb into src-main is refused).
          aliasOnly: [{ from: 'renderer', to: 'shared', alias: '@shared/' }],
        },
      ],
    },
  },
  {
    files: TS,
    ignores: SHELL,
    rules: { 'no-restricted-imports': restrict(electron) },
  },
  {
    files: ['src-main/**'],
    ignores: SHELL,
    rules: { 'no-restricted-imports': restrict(electron, sharedAlias) },
  },
  {
    files: SHELL,
    rules: { 'no-restricted-imports': restrict(sharedAlias) },
  },
  {
    files: ['src-main/shared/**', 'src-main/domain/**'],
    rules: { 'no-restricted-imports': restrict(electron, sharedAlias, nodeBuiltins, kysely) },
  },
  {
    files: ['src-renderer/**'],
    rules: { 'no-restricted-imports': restrict(electron, nodeBuiltins) },
  },

  {
    // The shell test types its fake against Electron's own declarations; loading the real
    // module (which would try to download the binary) stays forbidden.
    files: ['tests/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', allowTypeImports: true, message: 'tests/shell may use Electron types only.' }] },
      ],
    },
  },

  {
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
);
