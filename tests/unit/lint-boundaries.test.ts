// The architecture's import boundaries, checked through ESLint's Node API with the real
// eslint.config.js. Fixture files are linted as if they lived at the paths in the table, so the
// per-folder rules (and relative imports such as ../../../../src-main/services/x) are exercised.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(REPO, 'tests/lint-fixtures');

// The boundary rule needs no type information, and virtual paths are not in any tsconfig.
const boundaryLinter = new ESLint({ cwd: REPO, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function restrictedImports(fixture: string, virtualPath: string): Promise<string[]> {
  const code = readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const [result] = await boundaryLinter.lintText(code, { filePath: path.join(REPO, virtualPath) });
  expect(result, 'lint result').toBeDefined();
  // A "file ignored" warning would mean the rule never ran: fail loudly instead of passing.
  expect(result?.messages.filter((m) => m.ruleId === null)).toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
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
    ['renderer → src-main/shared/contract', 'renderer-imports-shared-contract.ts', 'src-renderer/src/api/client.ts'],
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

describe('the whole tree passes lint', () => {
  it('has zero errors with the full (type-checked) config', { timeout: 180_000 }, async () => {
    const eslint = new ESLint({ cwd: REPO });
    const results = await eslint.lintFiles(['.']);
    const errors = results.flatMap((r) =>
      r.messages
        .filter((m) => m.severity === 2)
        .map(
          (m) =>
            `${path.relative(REPO, r.filePath)}:${m.line}:${m.column} ${m.ruleId ?? 'fatal'}: ${m.message.split('\n')[0]}`,
        ),
    );
    expect(errors).toEqual([]);
  });
});
