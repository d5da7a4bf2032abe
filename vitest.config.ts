import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { scaled } from './tests/helpers/timing.ts';

export default defineConfig({
  // Tests import renderer modules (translations, formatters) that reach src-main/shared this way.
  resolve: { alias: { '@shared': fileURLToPath(new URL('./src-main/shared', import.meta.url)) } },
  test: {
    environment: 'node',
    // Argon2id and SQLCipher are real here; give slow machines room without hiding hangs
    // (scaled for slow or loaded machines: tests/helpers/timing.ts).
    testTimeout: scaled(60_000),
    hookTimeout: scaled(60_000),
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine,
    // where most integration tests wait on SQLCipher files and child processes.
    maxWorkers: Math.max(2, os.availableParallelism()),
    reporters: process.env.CI_REPORT ? ['default', ['json', { outputFile: 'reports/vitest.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'] },
      },
      {
        // The built app on a fake Electron; global-setup.ts builds it once, only when selected.
        extends: true,
        test: { name: 'shell', include: ['tests/shell/**/*.test.ts'], globalSetup: ['tests/shell/global-setup.ts'] },
      },
    ],
  },
});
