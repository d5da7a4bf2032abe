import { z } from 'zod';
import { CASE_TYPES } from '@shared/schemas/cases';
import { clientShape } from '@shared/schemas/clients';
import { EMPTY_CLIENT_FORM, toClientDraft, type ClientFormValues } from '../clients/clientForm';
import { EMPTY_START, type StartValues } from '../deadlines/startValues';

/**
 * Quick intake: the client form's values (so the shared client fields and their error paths
 * work unchanged) plus the first case. Only a few client fields are on screen; the rest keep
 * their empty defaults and can be filled in later on the client page.
 */
export interface IntakeFormValues extends ClientFormValues {
  caseType: string;
  /** The first deadline's rule ('' when the case type has none that runs from a notification). */
  firstRuleId: string;
  /**
   * How the decision being challenged was notified (hand/post or e-notification with delivery
   * and opening dates): the first deadline runs from it. No date: no deadline yet.
   */
  firstStart: StartValues;
  family: { id: string; name: string }[];
}

export const EMPTY_INTAKE_FORM: IntakeFormValues = {
  ...EMPTY_CLIENT_FORM,
  identityNumbers: [{ kind: 'foreign-id', value: '' }],
  caseType: '',
  firstRuleId: '',
  firstStart: EMPTY_START,
  family: [],
};

/**
 * Intake shows one birth field: a date when given in full, a year alone when that is all the
 * papers say ("1990"), unknown when empty.
 */
function dateOfBirthPart(date: string): ClientFormValues['dateOfBirth'] {
  if (date.trim() === '') return { precision: 'none', date: '', year: '' };
  if (/^\d{4}$/.test(date.trim())) return { precision: 'year', date: '', year: date.trim() };
  return { precision: 'exact', date, year: '' };
}

function clientPart(v: IntakeFormValues): ClientFormValues {
  return {
    ...v,
    dateOfBirth: dateOfBirthPart(v.dateOfBirth.date),
    // The one identity-number row is optional: an empty row is "none", not an error.
    identityNumbers: v.identityNumbers.filter((n) => n.value.trim() !== ''),
  };
}

/**
 * The client and the case. The first deadline (`firstRuleId`, `firstStart`) is read by the page,
 * which knows the case type's rules, with the same start reading as "Add deadline".
 */
export function intakeFormSchema(today: string) {
  return z
    .custom<IntakeFormValues>()
    .transform((v) => ({
      ...toClientDraft(clientPart(v)),
      caseType: v.caseType,
      otherClientIds: v.family.map((f) => f.id),
    }))
    .pipe(
      z.object({
        ...clientShape(today),
        caseType: z.enum(CASE_TYPES, { error: 'case.unknownType' }),
        otherClientIds: z.array(z.string()),
      }),
    );
}

export type IntakeOutput = z.output<ReturnType<typeof intakeFormSchema>>;
