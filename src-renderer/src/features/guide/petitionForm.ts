import { z } from 'zod';
import type { PetitionField } from '@shared/schemas/petitions';

/** What the petition dialog's form holds: the values typed for the fields the case lacks. */
export type PetitionFormValues = { values: Partial<Record<PetitionField, string>> };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The form's zod schema for the fields the case does not give (`missing`, from
 * `petitions:prepare`): each is required — nothing is left blank in a petition — and a date must
 * be a whole day. Codes are the shared validation codes (translated once under `validation`).
 */
export function petitionFormSchema(missing: ReadonlyArray<{ field: PetitionField; date: boolean }>) {
  const shape: Record<string, z.ZodType<string>> = {};
  for (const { field, date } of missing) {
    const text = z.string().trim().min(1, 'petition.missing').max(500, 'text.tooLong');
    shape[field] = date ? text.regex(ISO_DATE, 'date.invalid') : text;
  }
  return z.object({ values: z.object(shape) });
}
