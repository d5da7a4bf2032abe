import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Argon2id and SQLCipher are real here; give slow machines room without hiding hangs.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
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
