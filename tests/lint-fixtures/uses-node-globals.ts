// Type-checked by tests/unit/tsconfig-split.test.ts under each project's settings.
export const bytes = Buffer.from('client name');
export const home = process.env.HOME;
