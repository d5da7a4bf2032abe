import { z } from 'zod';
import { recordIdSchema } from './casefile-common';
import { caseTypeSchema, civilDateSchema } from './deadlines';

/**
 * Petition drafts (issue 16): the fields a template may use, filled from the case or typed by the
 * lawyer, and the templates file `resources/templates/petition-templates.json`. Zod only.
 */
export const PETITION_FIELDS = [
  'clientName',
  'clientNationality',
  'clientIdNumber',
  'clientAddress',
  'lawyerName',
  'authority',
  'decisionDate',
  'decisionNumber',
  'notificationDate',
  'courtName',
  'courtFileNo',
  'deadlineDue',
  'detentionPlace',
  'detentionStartDate',
  'detentionOrderDate',
  'place',
  'today',
] as const;
export const petitionFieldSchema = z.enum(PETITION_FIELDS);
export type PetitionField = z.infer<typeof petitionFieldSchema>;
/** Fields that are dates: typed as YYYY-MM-DD, written in the petition as dd.mm.yyyy. */
export const DATE_FIELDS: ReadonlySet<PetitionField> = new Set([
  'decisionDate',
  'notificationDate',
  'deadlineDue',
  'detentionStartDate',
  'detentionOrderDate',
  'today',
]);

const text = (max: number) => z.string().trim().min(1).max(max);

export const petitionTemplateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  titleTr: text(300),
  titleEn: text(300),
  legalBasisTr: text(1000),
  legalBasisEn: text(1000),
  caseTypes: z.array(caseTypeSchema).min(1),
  /** Where `deadlineDue` comes from: the live deadline of this rule, or the case's earliest open one. */
  deadline: z.string().max(100).optional(),
  /** The template's paragraphs in the line format of domain/petitions/docx.ts. */
  lines: z.array(z.string().max(2000)).min(5).max(400),
});
export type PetitionTemplate = z.infer<typeof petitionTemplateSchema>;

export const petitionTemplatesFileSchema = z.strictObject({
  format: z.literal('emanet-petition-templates'),
  version: z.literal(1),
  reviewedOn: civilDateSchema,
  reviewerRoleTr: text(200),
  reviewerRoleEn: text(200),
  sources: z.array(text(500)).min(1),
  templates: z.array(petitionTemplateSchema).min(1),
});
export type PetitionTemplatesFile = z.infer<typeof petitionTemplatesFileSchema>;

/** Values the lawyer types for fields the case does not have (or corrects). */
const typedValue = z.string().trim().min(1).max(500).optional();
export const petitionValuesSchema = z.strictObject({
  clientName: typedValue,
  clientNationality: typedValue,
  clientIdNumber: typedValue,
  clientAddress: typedValue,
  lawyerName: typedValue,
  authority: typedValue,
  decisionDate: typedValue,
  decisionNumber: typedValue,
  notificationDate: typedValue,
  courtName: typedValue,
  courtFileNo: typedValue,
  deadlineDue: typedValue,
  detentionPlace: typedValue,
  detentionStartDate: typedValue,
  detentionOrderDate: typedValue,
  place: typedValue,
  /** Refused when typed: a petition is dated the day it is generated. */
  today: z.never({ error: 'petition.todayIsFixed' }).optional(),
});

export const petitionPrepareInputSchema = z.strictObject({ caseId: recordIdSchema, templateId: z.string().max(80) });
export const petitionGenerateInputSchema = petitionPrepareInputSchema.extend({
  values: petitionValuesSchema.default({}),
});

export const petitionFieldViewSchema = z.object({
  field: petitionFieldSchema,
  /** From the case ('case'), typed by the lawyer, or missing. */
  value: z.string().nullable(),
  date: z.boolean(),
});

export const petitionTemplateViewSchema = z.object({
  id: z.string(),
  titleTr: z.string(),
  titleEn: z.string(),
  legalBasisTr: z.string(),
  legalBasisEn: z.string(),
});

export const petitionPreparedSchema = z.object({
  template: petitionTemplateViewSchema,
  fields: z.array(petitionFieldViewSchema),
  /** Fields with no value: listed before generating, never left blank. */
  missing: z.array(petitionFieldSchema),
});
export type PetitionPrepared = z.infer<typeof petitionPreparedSchema>;
