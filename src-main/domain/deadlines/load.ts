import type { z } from 'zod';
import {
  type DeadlineRulesFile,
  deadlineRulesFileSchema,
  type HolidaysFile,
  holidaysFileSchema,
} from '../../shared/schemas/deadlines';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** One line per problem, "path: message", so a broken data file says exactly what to fix. */
function describeIssues(what: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `  ${path}: ${issue.message}`;
  });
  return `${what} is invalid (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

function parseWith<T>(what: string, schema: z.ZodType<T>, json: unknown): ParseResult<T> {
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describeIssues(what, parsed.error) };
}

/** Pure: validates already-read JSON. Reading the file is the caller's business. */
export function parseDeadlineRules(json: unknown, what = 'deadline-rules.json'): ParseResult<DeadlineRulesFile> {
  return parseWith(what, deadlineRulesFileSchema, json);
}

export function parseHolidays(json: unknown, what = 'holidays-tr.json'): ParseResult<HolidaysFile> {
  return parseWith(what, holidaysFileSchema, json);
}
