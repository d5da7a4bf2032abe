import { z } from 'zod';
import { pastOrTodayDate } from '@shared/schemas/casefile-common';
import { CASE_TYPES } from '@shared/schemas/cases';
import { clientShape } from '@shared/schemas/clients';
import { EMPTY_CLIENT_FORM, toClientDraft, type ClientFormValues } from '../clients/clientForm';

/**
 * Quick intake: the client form's values (so the shared client fields and their error paths
 * work unchanged) plus the first case. Only a few client fields are on screen; the rest keep
 * their empty defaults and can be filled in later on the client page.
 */
export interface IntakeFormValues extends ClientFormValues {
  caseType: string;
  /** When the decision being challenged was notified: the appeal deadline runs from it. */
  decisionNotifiedOn: string;
  family: { id: string; name: string }[];
}

export const EMPTY_INTAKE_FORM: IntakeFormValues = {
  ...EMPTY_CLIENT_FORM,
  identityNumbers: [{ kind: 'foreign-id', value: '' }],
  caseType: '',
  decisionNotifiedOn: '',
  family: [],
};

/** Intake shows one date field: a date of birth is exact when given, unknown when empty. */
function clientPart(v: IntakeFormValues): ClientFormValues {
  return {
    ...v,
    dateOfBirth: { precision: v.dateOfBirth.date.trim() === '' ? 'none' : 'exact', date: v.dateOfBirth.date, year: '' },
    // The one identity-number row is optional: an empty row is "none", not an error.
    identityNumbers: v.identityNumbers.filter((n) => n.value.trim() !== ''),
  };
}

export function intakeFormSchema(today: string) {
  return z
    .custom<IntakeFormValues>()
    .transform((v) => ({
      ...toClientDraft(clientPart(v)),
      caseType: v.caseType,
      ...(v.decisionNotifiedOn.trim() === '' ? {} : { decisionNotifiedOn: v.decisionNotifiedOn }),
      otherClientIds: v.family.map((f) => f.id),
    }))
    .pipe(
      z.object({
        ...clientShape(today),
        caseType: z.enum(CASE_TYPES, { error: 'case.unknownType' }),
        decisionNotifiedOn: pastOrTodayDate(today).optional(),
        otherClientIds: z.array(z.string()),
      }),
    );
}

export type IntakeOutput = z.output<ReturnType<typeof intakeFormSchema>>;
