// Two TypeScript projects keep the runtimes apart (ARCHITECTURE.md): the renderer's has the DOM
// and no Node types, so Buffer and process do not compile there; the Node one has no DOM. Checked
// with the compiler API on two small fixtures, under each project's own compiler options.
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(REPO, 'tests/lint-fixtures', name);

function optionsOf(project: string): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(REPO, project), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${project}`);
  return parsed.options;
}

const FIXTURES = [fixture('uses-node-globals.ts'), fixture('uses-dom-globals.ts')];
const programs = new Map<string, ts.Program>();

/** The fixture's own type errors under `project`'s options (one program per project, both fixtures). */
function errorsUnder(project: string, file: string): string[] {
  let program = programs.get(project);
  if (!program)
    programs.set(project, (program = ts.createProgram({ rootNames: FIXTURES, options: optionsOf(project) })));
  return program
    .getSemanticDiagnostics(program.getSourceFile(file))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('two TypeScript projects', () => {
  it('the renderer project refuses Buffer and process', () => {
    const errors = errorsUnder('src-renderer/tsconfig.json', fixture('uses-node-globals.ts'));
    expect(errors.some((e) => e.includes("'Buffer'"))).toBe(true);
    expect(errors.some((e) => e.includes("'process'"))).toBe(true);
  });

  it('the renderer project has the DOM', () => {
    expect(errorsUnder('src-renderer/tsconfig.json', fixture('uses-dom-globals.ts'))).toEqual([]);
  });

  it('the Node project has Buffer and process and no DOM', () => {
    expect(errorsUnder('tsconfig.json', fixture('uses-node-globals.ts'))).toEqual([]);
    const errors = errorsUnder('tsconfig.json', fixture('uses-dom-globals.ts'));
    expect(errors.some((e) => e.includes("'document'"))).toBe(true);
    expect(errors.some((e) => e.includes("'window'"))).toBe(true);
  });

  it('all three resolve the @shared/* alias to src-main/shared', () => {
    for (const project of ['tsconfig.json', 'src-renderer/tsconfig.json', 'tests/e2e/tsconfig.json']) {
      const from = path.join(REPO, 'src-renderer/src/main.tsx');
      const resolved = ts.resolveModuleName('@shared/contract', from, optionsOf(project), ts.sys);
      expect(resolved.resolvedModule?.resolvedFileName, project).toBe(path.join(REPO, 'src-main/shared/contract.ts'));
    }
  });
});
