import type { z } from 'zod';

/**
 * How a VALIDATION error names what is wrong: `path:code`, e.g. `dateOfBirth.date:date.inFuture`.
 * Codes are our own message codes, translated by the renderer and the CLI; zod's built-in
 * English messages are replaced by `invalid`. Never the offending value: it may be client data.
 */
const CODE_RE = /^[a-z][A-Za-z]*\.[A-Za-z.]+$/;

export function validationDetails(issues: readonly z.core.$ZodIssue[]): string[] {
  const out = issues.map(
    (i) => `${i.path.map(String).join('.') || '(input)'}:${CODE_RE.test(i.message) ? i.message : 'invalid'}`,
  );
  return [...new Set(out)];
}

export function parseValidationDetail(detail: string): { path: string; code: string } {
  const at = detail.lastIndexOf(':');
  return at < 0 ? { path: detail, code: 'invalid' } : { path: detail.slice(0, at), code: detail.slice(at + 1) };
}
