import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../db/connection';
import { AppError } from '../../shared/errors';
import { validationDetails } from '../../shared/validation-details';
import type { Clock } from '../clock';

/** What every casefile service needs; passed in, never imported, so tests use real ones. */
export interface CasefileDeps {
  db: () => Db;
  clock: Clock;
  newId?: () => string;
}

/** Runs `run` in one transaction (a caller that writes its own audit entries, or none). */
export const inTransaction = <T>(deps: { db: () => Db }, run: (tx: Db) => Promise<T>): Promise<T> =>
  deps.db().transaction().execute(run);

export const newRecordId = (deps: CasefileDeps): string => (deps.newId ?? randomUUID)();

export const nowIso = (deps: CasefileDeps): string => new Date(deps.clock.now()).toISOString();

/**
 * Today's civil date on this machine ('YYYY-MM-DD'), for "not in the future" and "overdue":
 * the lawyer's own calendar day, not UTC's (after 21:00 in Istanbul UTC is still yesterday).
 */
export const todayOf = (deps: CasefileDeps): string => new Date(deps.clock.now()).toLocaleDateString('sv-SE');

/**
 * Validates with the real "today"; failures become VALIDATION with `path:code` details. `field`
 * is where the value sits in the IPC input (`client`, `case`), so that a date in the future is
 * reported at the same path as a shape error caught by the router: `client.dateOfBirth.date`.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, field: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ ...i, path: [field, ...i.path] }));
    throw new AppError('VALIDATION', 'Invalid input', validationDetails(issues));
  }
  return parsed.data;
}

export const json = {
  parseList(text: string | null): string[] {
    if (!text) return [];
    try {
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  },
};

/** Optimistic concurrency: 0 rows updated means the record moved on (CONFLICT) or is gone. */
export async function assertUpdated(updated: bigint | number, exists: () => Promise<boolean>): Promise<void> {
  if (Number(updated) > 0) return;
  if (await exists()) throw new AppError('CONFLICT', 'The record was changed elsewhere');
  throw new AppError('NOT_FOUND', 'Not found');
}
