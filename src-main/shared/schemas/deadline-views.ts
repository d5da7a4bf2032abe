import { z } from 'zod';
import { caseRecordViewShape } from './casefile-common';
import {
  caseTypeSchema,
  civilDateSchema,
  confidenceSchema,
  deadlineStartSchema,
  judicialRecessModeSchema,
  nonWorkingLastDaySchema,
  recessChoiceSchema,
} from './deadlines';

/** Text in both UI languages, rendered by the engine so the renderer never re-implements it. */
export const bilingualLinesSchema = z.object({ tr: z.array(z.string()), en: z.array(z.string()) });

export const deadlineRuleViewSchema = z.object({
  id: z.string(),
  nameTr: z.string(),
  nameEn: z.string(),
  caseTypes: z.array(z.string()),
  confidence: confidenceSchema,
  legalBasisTr: z.string(),
  legalBasisEn: z.string(),
  notesTr: z.string(),
  notesEn: z.string(),
  period: z.object({ amount: z.number(), unit: z.enum(['days', 'months']) }).nullable(),
  startsFrom: z.string(),
  lastChecked: z.string(),
  /** Whether the court's recess matters to this rule ('extends': ask the lawyer). */
  judicialRecess: judicialRecessModeSchema,
  onNonWorkingLastDay: nonWorkingLastDaySchema,
  /** Case types for which this remedy does not exist: never offered to them. */
  unavailableFor: z.array(caseTypeSchema),
  /** What usually follows (Constitutional Court → ECtHR). */
  next: z.array(z.string()),
});
export type DeadlineRuleView = z.infer<typeof deadlineRuleViewSchema>;

export const deadlinePreviewSchema = z.object({
  ruleId: z.string(),
  due: civilDateSchema,
  confidence: confidenceSchema,
  legalBasis: z.object({ tr: z.string(), en: z.string() }),
  steps: bilingualLinesSchema,
  warnings: bilingualLinesSchema,
  warningCodes: z.array(z.string()),
  /** What the computation assumed about the court's recess (absent in snapshots saved before issue 12). */
  recess: recessChoiceSchema.optional(),
  /** The lawyer's own target, N working days before `due`, when asked for. */
  internalDue: civilDateSchema.nullable().optional(),
  /** Rules that usually follow this one, by name. */
  next: z.array(z.object({ id: z.string(), nameTr: z.string(), nameEn: z.string() })).optional(),
});
export type DeadlinePreview = z.infer<typeof deadlinePreviewSchema>;

export const deadlineViewSchema = z.object({
  ...caseRecordViewShape,
  ruleId: z.string().nullable(),
  title: z.string().nullable(),
  dueOn: civilDateSchema,
  computedDue: civilDateSchema.nullable(),
  overrideReason: z.string().nullable(),
  confidence: confidenceSchema.nullable(),
  start: deadlineStartSchema.nullable(),
  /** The computation as saved: steps, warnings and basis on the day it was added. */
  explanation: deadlinePreviewSchema.nullable(),
  doneAt: z.string().nullable(),
  /** What the computation assumed about the court's recess; null for manual and older deadlines. */
  recess: recessChoiceSchema.nullable(),
  /** The lawyer's own target ("iç süre"); the legal date stays `dueOn`. */
  internalDueOn: civilDateSchema.nullable(),
  internalWorkingDays: z.number().int().nullable(),
  /** Repeating reminders created with this deadline (monthly detention review, YUKK 57(4)). */
  reviews: z.array(z.object({ id: z.string(), dueOn: civilDateSchema })),
});
export type DeadlineView = z.infer<typeof deadlineViewSchema>;

export const HEARING_KINDS = ['hearing', 'e-hearing', 'site-visit'] as const;

export const hearingViewSchema = z.object({
  ...caseRecordViewShape,
  kind: z.enum(HEARING_KINDS),
  court: z.string().nullable(),
  startsAt: z.string(),
  hall: z.string().nullable(),
  fileNumber: z.string().nullable(),
  preparation: z.string().nullable(),
  doneAt: z.string().nullable(),
});
export type HearingView = z.infer<typeof hearingViewSchema>;

export const AGENDA_BUCKETS = ['overdue', 'today', 'week', 'later'] as const;

/**
 * 'internal': a deadline's internal target (iç süre); 'review': a repeating reminder created with
 * a deadline (the monthly detention review).
 */
export const AGENDA_KINDS = ['deadline', 'hearing', 'task', 'internal', 'review'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const agendaItemSchema = z.object({
  kind: z.enum(AGENDA_KINDS),
  ...caseRecordViewShape,
  caseTitle: z.string().nullable(),
  caseType: z.string(),
  clients: z.array(z.string()),
  date: civilDateSchema,
  /** 'HH:mm' for hearings. */
  time: z.string().nullable(),
  /** The task's title, the manual deadline's title, or null (then the rule's name applies). */
  title: z.string().nullable(),
  ruleId: z.string().nullable(),
  ruleName: z.object({ tr: z.string(), en: z.string() }).nullable(),
  daysLeft: z.number().int(),
  bucket: z.enum(AGENDA_BUCKETS),
  /** For internal targets and reviews: the legal last day of the deadline they belong to. */
  legalDue: civilDateSchema.nullable(),
  /**
   * For hearings (null otherwise): where, and the court's file number — the hearing's own, else
   * the case's esas number. For the printed hearing list (issue 14).
   */
  hearing: z
    .object({ court: z.string().nullable(), hall: z.string().nullable(), fileNumber: z.string().nullable() })
    .nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaSchema = z.object({ today: civilDateSchema, items: z.array(agendaItemSchema) });
