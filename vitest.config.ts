import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { scaled } from './tests/helpers/timing.ts';

/** Test files that change process-wide state and therefore run in a fresh worker. */
const ISOLATED = 'tests/unit/electronegativity.test.ts';

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
        // Files share their worker's module registry (no per-file re-import): importing the
        // services' module graph again for each of 120 files was half of vitest's time on a
        // 2-core machine (import 96 s of 209 s). Tests own their state (temp vaults, backends
        // made per test), so nothing carries over; files in a shuffled order
        // (`vitest run --sequence.shuffle.files`) pass too.
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          exclude: [ISOLATED],
          isolate: false,
        },
      },
      {
        // Electronegativity patches Node's module loader while it scans: it gets a fresh worker.
        extends: true,
        test: { name: 'isolated', include: [ISOLATED] },
      },
      {
        // The built app on a fake Electron; global-setup.ts builds it once, only when selected.
        extends: true,
        test: { name: 'shell', include: ['tests/shell/**/*.test.ts'], globalSetup: ['tests/shell/global-setup.ts'] },
      },
    ],
  },
});
