import { z } from 'zod';

/**
 * Every failure that crosses IPC carries one of these codes. The renderer maps a code to a
 * message in the user's language; the `message` field is a short English fallback for logs
 * and the CLI, and never contains client data, stack traces or file paths.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'LOCKED',
  'WRONG_PASSPHRASE',
  'WEAK_PASSPHRASE',
  'NO_VAULT',
  'VAULT_EXISTS',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'INTEGRITY',
  'INTERNAL',
] as const;

export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  /** Field paths (never values) that failed validation, or reason codes for weak passphrases. */
  details: z.array(z.string()).optional(),
});
export type AppErrorShape = z.infer<typeof appErrorSchema>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/**
 * Thrown by services for expected failures. The router turns it into an envelope; anything
 * else becomes INTERNAL with a generic message so nothing unexpected leaks to the renderer.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: string[] | undefined;

  constructor(code: ErrorCode, message: string, details?: string[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toShape(): AppErrorShape {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
