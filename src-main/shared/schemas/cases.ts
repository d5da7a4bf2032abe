import { z } from 'zod';
import { optionalText, pastOrTodayDate, recordIdSchema, requiredText, uniqueList } from './casefile-common';
import { CASE_TYPES, recessChoiceSchema } from './deadlines';
import { LIMITS } from '../limits';

/**
 * A case: one or more clients (families share cases), what kind of matter it is, where it
 * stands, and before whom. Case types are the deadline engine's, so rules and cases agree.
 */
export { CASE_TYPES };

export const CASE_STATUSES = ['intake', 'active', 'pending-decision', 'closed'] as const;

/** Where in the procedure the matter is; independent of status (a closed case keeps its stage). */
export const CASE_STAGES = [
  'pre-application',
  'administrative',
  'first-instance',
  'appeal',
  'cassation',
  'constitutional-court',
  'ecthr',
  'enforcement',
] as const;

export const AUTHORITY_KINDS = [
  'provincial-migration-directorate',
  'presidency-of-migration-management',
  'removal-centre',
  'governorship',
  'police',
  'gendarmerie',
  'coast-guard',
  'prosecutor',
  'court',
  'other',
] as const;

export const CASE_OUTCOMES = ['pending', 'granted', 'partially-granted', 'rejected', 'withdrawn'] as const;

export const CLOSURE_REASONS = [
  'concluded',
  'client-withdrew',
  'lost-contact',
  'referred',
  'removed-from-turkey',
  'resettled',
  'left-turkey',
  'conflict-of-interest',
  'other',
] as const;

/** Esas (docket) and karar (decision) numbers are court numbers; the others free-form. */
export const FILE_NUMBER_KINDS = ['esas', 'karar', 'authority', 'application', 'other'] as const;

/**
 * `2024/1234`, also typed as `2024 / 1234`, `2024/1234 E.` or `2024/567 K.`; stored as
 * `2024/1234` so that duplicates and searches line up.
 */
const COURT_NUMBER_RE = /^\s*((?:19|20)\d{2})\s*\/\s*(\d{1,7})\s*(?:[EK]\.?)?\s*$/i;

export const fileNumberSchema = z
  .object({
    kind: z.enum(FILE_NUMBER_KINDS, { error: 'fileNumber.unknownKind' }),
    value: requiredText(100),
  })
  .transform((f, ctx) => {
    if (f.kind !== 'esas' && f.kind !== 'karar') return f;
    const m = COURT_NUMBER_RE.exec(f.value);
    if (m) return { kind: f.kind, value: `${m[1]}/${Number(m[2])}` };
    ctx.issues.push({ code: 'custom', message: 'fileNumber.badFormat', path: ['value'], input: f.value });
    return z.NEVER;
  });

export const authoritySchema = z.object({
  kind: z.enum(AUTHORITY_KINDS, { error: 'authority.unknownKind' }),
  /** e.g. "İstanbul İl Göç İdaresi Müdürlüğü", "Tuzla Geri Gönderme Merkezi". */
  name: optionalText(200),
});

export const tagSchema = z
  .string()
  .trim()
  .min(1, { error: 'tag.empty' })
  .max(40, { error: 'tag.tooLong' })
  .regex(/^[^,;]+$/, { error: 'tag.invalid' });

export function caseShape(today: string) {
  return {
    /** A short label for lists; optional because client names and type usually suffice. */
    title: optionalText(200),
    clientIds: uniqueList(recordIdSchema, 'case.duplicateClient')
      .min(1, { error: 'case.clientRequired' })
      .max(LIMITS.caseClients, { error: 'case.tooManyClients' }),
    type: z.enum(CASE_TYPES, { error: 'case.unknownType' }),
    status: z.enum(CASE_STATUSES, { error: 'case.unknownStatus' }).default('intake'),
    stage: z.enum(CASE_STAGES, { error: 'case.unknownStage' }).optional(),
    authority: authoritySchema.optional(),
    /** e.g. "İstanbul 5. İdare Mahkemesi". */
    court: optionalText(200),
    /**
     * Whether that court takes the judicial recess (İYUK 61(1), second sentence): deadlines of
     * the case are computed with it. Absent or 'unsure': the unextended date.
     */
    courtRecess: recessChoiceSchema.optional(),
    fileNumbers: z.array(fileNumberSchema).max(LIMITS.fileNumbers).default([]),
    opposingParty: optionalText(300),
    outcome: z.enum(CASE_OUTCOMES, { error: 'case.unknownOutcome' }).default('pending'),
    openedOn: pastOrTodayDate(today),
    closedOn: pastOrTodayDate(today).optional(),
    closureReason: z.enum(CLOSURE_REASONS, { error: 'case.unknownClosureReason' }).optional(),
    closureNote: optionalText(2000),
    /**
     * Years to keep this file after closure, when it should differ from the vault's setting.
     * The lawyer's choice: legal retention periods vary by matter.
     */
    retentionYears: z
      .number({ error: 'retention.range' })
      .int({ error: 'retention.range' })
      .min(1, { error: 'retention.range' })
      .max(100, { error: 'retention.range' })
      .optional(),
    tags: uniqueList(tagSchema, 'tag.duplicate', (t) => t.toLocaleLowerCase('tr'))
      .max(LIMITS.tags)
      .default([]),
  };
}

export function caseInputSchema(today: string) {
  return z.object(caseShape(today)).superRefine((c, ctx) => {
    const closed = c.status === 'closed';
    if (closed && c.closedOn === undefined) {
      ctx.addIssue({ code: 'custom', message: 'case.closedOnRequired', path: ['closedOn'] });
    }
    if (!closed && (c.closedOn !== undefined || c.closureReason !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'case.closedFieldsWhileOpen', path: ['status'] });
    }
    if (c.closedOn !== undefined && c.closedOn < c.openedOn) {
      ctx.addIssue({ code: 'custom', message: 'case.closedBeforeOpened', path: ['closedOn'] });
    }
  });
}

export type CaseInput = z.output<ReturnType<typeof caseInputSchema>>;
export type CaseInputDraft = z.input<ReturnType<typeof caseInputSchema>>;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
export type FileNumber = z.output<typeof fileNumberSchema>;
