import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_COMMANDS } from '../../src-main/cli/main';

describe('README tells the truth', () => {
  const readme = readFileSync('README.md', 'utf8');
  const ci = readFileSync('.ci/run', 'utf8');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

  it('names the two newcomer commands, and CI runs the same test command after a clean install', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toMatch(/^npm test\b/m);
    const commands = ci
      .split('\n')
      .filter((l) => /^\s*(exec\s+)?npm /.test(l))
      .map((l) => l.trim().replace(/^exec\s+/, ''));
    expect(commands[0]).toMatch(/^npm ci\b/);
    expect(commands.at(-1)).toMatch(/^npm test\b/);
  });

  it('npm start builds and launches Electron; npm test runs every suite', () => {
    expect(pkg.scripts.start).toMatch(/electron-vite build && electron \./);
    expect(pkg.scripts.test).toBe('node tests/run-all.mjs');
    const runAll = readFileSync('tests/run-all.mjs', 'utf8');
    expect(runAll).toContain('vitest');
    expect(runAll).toContain('playwright');
  });

  it('documents every CLI command the CLI accepts', () => {
    expect(CLI_COMMANDS.length).toBeGreaterThan(0);
    for (const command of CLI_COMMANDS) {
      expect(readme).toContain(`npm run cli -- ${command}`);
    }
  });
});
