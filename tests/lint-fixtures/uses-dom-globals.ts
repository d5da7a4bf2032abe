// Type-checked by tests/unit/tsconfig-split.test.ts under each project's settings.
export const title = document.title;
export const href = window.location.href;
