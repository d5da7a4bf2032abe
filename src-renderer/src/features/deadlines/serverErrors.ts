const DEADLINE_CODES = ['reasonRequired', 'titleRequired', 'dueRequired', 'startRequired'] as const;
type DeadlineCode = (typeof DEADLINE_CODES)[number];

function isDeadlineCode(code: string): code is DeadlineCode {
  return (DEADLINE_CODES as readonly string[]).includes(code);
}

/**
 * A VALIDATION code from the deadline and hearing channels (`deadline.reasonRequired`,
 * `date.invalid`, `text.tooLong`, `hearing.badDateTime`) as the message key of the field's
 * sentence. Unknown codes get the generic sentence, never the raw code.
 */
export function fieldMessageKey(code: string): `deadlines.errors.${DeadlineCode | 'badDate' | 'tooLong' | 'invalid'}` {
  const last = code.split('.').pop() ?? '';
  if (code.startsWith('deadline.') && isDeadlineCode(last)) return `deadlines.errors.${last}`;
  if (code.startsWith('date.') || code === 'hearing.badDateTime') return 'deadlines.errors.badDate';
  if (code === 'text.tooLong') return 'deadlines.errors.tooLong';
  return 'deadlines.errors.invalid';
}
