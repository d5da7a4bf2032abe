import type { TFunction } from 'i18next';
import type { AppErrorShape } from '@shared/errors';
import { parseValidationDetail } from '@shared/validation-details';

const DEADLINE_CODES = ['reasonRequired', 'titleRequired', 'dueRequired', 'startRequired'] as const;
type DeadlineCode = (typeof DEADLINE_CODES)[number];

function isDeadlineCode(code: string): code is DeadlineCode {
  return (DEADLINE_CODES as readonly string[]).includes(code);
}

/**
 * A VALIDATION code from the deadline and hearing channels (`deadline.reasonRequired`,
 * `date.invalid`, `text.tooLong`, `hearing.badDateTime`) as a sentence for the field. Unknown
 * codes get the generic sentence, never the raw code.
 */
export function fieldMessage(t: TFunction, code: string): string {
  const last = code.split('.').pop() ?? '';
  if (code.startsWith('deadline.') && isDeadlineCode(last)) return t(`deadlines.errors.${last}`);
  if (code.startsWith('date.') || code === 'hearing.badDateTime') return t('deadlines.errors.badDate');
  if (code === 'text.tooLong') return t('deadlines.errors.tooLong');
  return t('deadlines.errors.invalid');
}

/**
 * Splits a VALIDATION answer into messages for the form's fields (`fieldOf` maps a backend
 * path such as `reason` or `start.date` to one) and reports whether any detail had no field.
 */
export function serverFieldErrors<F extends string>(
  t: TFunction,
  error: AppErrorShape,
  fieldOf: (path: string) => F | undefined,
): { fields: Partial<Record<F, string>>; unplaced: boolean } {
  const fields: Partial<Record<F, string>> = {};
  let unplaced = error.code !== 'VALIDATION';
  for (const detail of error.details ?? []) {
    const { path, code } = parseValidationDetail(detail);
    const field = fieldOf(path);
    if (field && fields[field] === undefined) fields[field] = fieldMessage(t, code);
    else if (!field) unplaced = true;
  }
  return { fields, unplaced };
}
