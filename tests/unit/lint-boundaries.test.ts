// The architecture's import boundaries, checked through ESLint's Node API with the real
// eslint.config.js. Fixture files are linted as if they lived at the paths in the table, so the
// per-folder rules (and relative imports that climb into src-main/services) are exercised.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(REPO, 'tests/lint-fixtures');

// The boundary rule needs no type information, and virtual paths are not in any tsconfig.
const boundaryLinter = new ESLint({ cwd: REPO, overrideConfig: [tseslint.configs.disableTypeChecked] });

const BOUNDARY_RULES = new Set(['no-restricted-imports', 'emanet/layers']);

async function boundaryMessages(fixture: string, virtualPath: string) {
  const code = readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const [result] = await boundaryLinter.lintText(code, { filePath: path.join(REPO, virtualPath) });
  expect(result, 'lint result').toBeDefined();
  // A "file ignored" warning would mean the rule never ran: fail loudly instead of passing.
  expect(result?.messages.filter((m) => m.ruleId === null)).toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId));
}

async function restrictedImports(fixture: string, virtualPath: string): Promise<string[]> {
  return (await boundaryMessages(fixture, virtualPath)).map((m) => m.message);
}

interface LayerRow {
  name: string;
  folders: string[];
  allow: string[];
  typesOnly: string[];
}

/** The allow-list as ARCHITECTURE.md states it (its "Layers" table): lint must enforce exactly this. */
function documentedLayers(): LayerRow[] {
  const doc = readFileSync(path.join(REPO, 'ARCHITECTURE.md'), 'utf8');
  const names = (cell: string) =>
    cell.trim() === '—'
      ? []
      : cell.trim() === 'everything'
        ? ['*']
        : cell.split(',').map((c) => c.replace(/\(.*\)/, '').trim());
  return doc
    .split('\n')
    .filter((line) => /^\| [a-z]+ \| `/.test(line))
    .map((line) => {
      const [name = '', folders = '', allow = '', typesOnly = ''] = line.split('|').slice(1, 5);
      return {
        name: name.trim(),
        folders: [...folders.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''),
        allow: names(allow),
        typesOnly: names(typesOnly),
      };
    });
}

describe('import boundaries', () => {
  const forbidden: Array<[string, string, string]> = [
    ['shared → node:fs', 'shared-imports-node-fs.ts', 'src-main/shared/bad.ts'],
    ['shared → crypto, path (bare builtins)', 'shared-imports-bare-builtin.ts', 'src-main/shared/schemas/bad.ts'],
    ['shared → electron', 'domain-imports-electron.ts', 'src-main/shared/bad.ts'],
    ['domain → kysely', 'domain-imports-kysely.ts', 'src-main/domain/bad.ts'],
    ['domain → electron', 'domain-imports-electron.ts', 'src-main/domain/bad.ts'],
    ['domain → electron (type-only)', 'domain-imports-electron-type.ts', 'src-main/domain/bad.ts'],
    ['domain → node:fs', 'shared-imports-node-fs.ts', 'src-main/domain/deadlines/bad.ts'],
    ['renderer → ../src-main/services', 'renderer-imports-services.ts', 'src-renderer/src/features/vault/bad.ts'],
    [
      'renderer → src-main/shared/../db',
      'renderer-imports-via-shared-dotdot.ts',
      'src-renderer/src/features/vault/bad.ts',
    ],
    [
      'renderer → src-main/shared by a relative path (only as @shared/…)',
      'renderer-imports-shared-relative.ts',
      'src-renderer/src/features/vault/bad.ts',
    ],
    ['renderer → @shared/../db', 'renderer-imports-via-alias-dotdot.ts', 'src-renderer/src/features/vault/bad.ts'],
    ['services → @shared/ (the renderer’s alias)', 'main-imports-shared-alias.ts', 'src-main/services/bad.ts'],
    ['backend.ts → @shared/', 'main-imports-shared-alias.ts', 'src-main/backend.ts'],
    ['renderer → node:path', 'renderer-imports-node-path.ts', 'src-renderer/src/app/bad.tsx'],
    ['renderer → electron', 'domain-imports-electron.ts', 'src-renderer/src/api/bad.ts'],
    ['services → electron', 'services-imports-electron.ts', 'src-main/services/bad.ts'],
    ['ipc → electron', 'services-imports-electron.ts', 'src-main/ipc/bad.ts'],
    ['db → electron', 'services-imports-electron.ts', 'src-main/db/bad.ts'],
    ['backend.ts → electron', 'services-imports-electron.ts', 'src-main/backend.ts'],
    ['tests → electron', 'services-imports-electron.ts', 'tests/integration/bad.test.ts'],
  ];
  it.each(forbidden)('reports %s', async (_name, fixture, virtualPath) => {
    const reported = await restrictedImports(fixture, virtualPath);
    expect(reported.length).toBeGreaterThan(0);
  });

  it('reports each bare builtin separately', async () => {
    expect(await restrictedImports('shared-imports-bare-builtin.ts', 'src-main/shared/bad.ts')).toHaveLength(2);
  });

  const allowed: Array<[string, string, string]> = [
    ['renderer → @shared/contract', 'renderer-imports-shared-contract.ts', 'src-renderer/src/features/vault/ok.ts'],
    ['renderer (top level) → @shared/contract', 'renderer-imports-shared-contract.ts', 'src-renderer/src/main.tsx'],
    ['index.ts → electron', 'shell-imports-electron.ts', 'src-main/index.ts'],
    ['security.ts → electron', 'shell-imports-electron.ts', 'src-main/security.ts'],
    ['preload → electron', 'shell-imports-electron.ts', 'src-main/preload/index.ts'],
    ['platform → electron', 'shell-imports-electron.ts', 'src-main/platform/dialogs.ts'],
    ['services → node:fs', 'shared-imports-node-fs.ts', 'src-main/services/ok.ts'],
    ['services → kysely', 'domain-imports-kysely.ts', 'src-main/services/ok.ts'],
    ['domain → zod and shared types', 'domain-clean.ts', 'src-main/domain/ok.ts'],
  ];
  it.each(allowed)('allows %s', async (_name, fixture, virtualPath) => {
    expect(await restrictedImports(fixture, virtualPath)).toEqual([]);
  });
});

describe('the layer allow-list (ARCHITECTURE.md) is what lint enforces', () => {
  const layers = documentedLayers();
  const TARGETS = [
    'shared',
    'domain',
    'crypto',
    'storage',
    'db',
    'services',
    'ipc',
    'cli',
    'shell',
    'types',
    'renderer',
    'resources',
  ];

  it('lets the CLI reach the vault through services alone (createServices), like backend.ts', () => {
    const cli = layers.find((l) => l.name === 'cli');
    expect({ allow: cli?.allow, typesOnly: cli?.typesOnly }).toEqual({ allow: ['services', 'shared'], typesOnly: [] });
  });

  it('documents every layer of src-main, the renderer and resources', () => {
    expect(layers.map((l) => l.name).sort()).toEqual([...TARGETS].sort());
  });

  // Every layer under src-main, as a file one folder deep, imports a value and a type from every
  // layer (tests/lint-fixtures/layer-<target>.ts); reported exactly when the table refuses it.
  const fromLayers = ['shared', 'domain', 'crypto', 'storage', 'db', 'services', 'ipc', 'cli', 'shell', 'types'];
  it.each(fromLayers)('%s imports exactly what the table allows', async (from) => {
    const row = layers.find((l) => l.name === from)!;
    const folder = row.folders.find((f) => f.startsWith('src-main/') && f.endsWith('/'))!;
    const verdicts: Record<string, { value: boolean; type: boolean }> = {};
    const expected: typeof verdicts = {};
    for (const to of TARGETS) {
      const messages = await boundaryMessages(`layer-${to}.ts`, `${folder}fixture.ts`);
      verdicts[to] = { value: messages.some((m) => m.line === 2), type: messages.some((m) => m.line === 3) };
      const allowed = to === from || row.allow.includes('*') || row.allow.includes(to);
      expected[to] = { value: !allowed, type: !allowed && !row.typesOnly.includes(to) };
    }
    expect(verdicts).toEqual(expected);
  });
});
