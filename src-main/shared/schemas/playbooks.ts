import { z } from 'zod';
import { recordIdSchema } from './casefile-common';
import { caseTypeSchema, civilDateSchema, deadlineStartSchema } from './deadlines';

/**
 * Playbooks (issue 16): per case type, what a volunteer lawyer does and by when, as data in
 * `resources/playbooks/<id>.json`, validated at load like the deadline rules. Every text is given
 * in Turkish and English; the legal basis, the date it was last reviewed and the reviewer's role
 * (never a person's name) travel with it. The renderer imports this file, so it stays zod-only.
 */

/** The same four phases in every playbook, in this order (domain research: "phase model"). */
export const PLAYBOOK_PHASES = ['first-48-hours', 'before-filing', 'after-filing', 'after-decision'] as const;
export const playbookPhaseSchema = z.enum(PLAYBOOK_PHASES);
export type PlaybookPhase = z.infer<typeof playbookPhaseSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens');
const words = z.array(text(300)).max(30);

/** What one click on a step creates on the case. */
export const playbookActionSchema = z.discriminatedUnion('kind', [
  /** A task, due `dueInDays` days after the click (absent: no due date). */
  z.strictObject({ kind: z.literal('task'), dueInDays: z.number().int().min(0).max(365).optional() }),
  /** A deadline through the deadline engine (its explanation kept), from rule `ruleId`. */
  z.strictObject({ kind: z.literal('deadline'), ruleId: z.string().max(100) }),
]);
export type PlaybookAction = z.infer<typeof playbookActionSchema>;

export const playbookStepSchema = z.strictObject({
  id,
  titleTr: text(300),
  titleEn: text(300),
  detailTr: text(2000).optional(),
  detailEn: text(2000).optional(),
  /** Documents to gather for this step. */
  documentsTr: words.default([]),
  documentsEn: words.default([]),
  /** What to say to the client, in plain words. */
  tellClientTr: text(1000).optional(),
  tellClientEn: text(1000).optional(),
  basisTr: text(300).optional(),
  basisEn: text(300).optional(),
  action: playbookActionSchema.optional(),
});
export type PlaybookStep = z.infer<typeof playbookStepSchema>;

export const playbookFileSchema = z
  .strictObject({
    format: z.literal('emanet-playbook'),
    version: z.literal(1),
    id,
    /** The case types it guides; the first is the one its file is named after. */
    caseTypes: z.array(caseTypeSchema).min(1),
    titleTr: text(200),
    titleEn: text(200),
    legalBasisTr: text(1000),
    legalBasisEn: text(1000),
    reviewedOn: civilDateSchema,
    /** A role, never a person: "the organisation's legal team". */
    reviewerRoleTr: text(200),
    reviewerRoleEn: text(200),
    sources: z.array(text(500)).min(1).max(40),
    phases: z
      .array(z.strictObject({ phase: playbookPhaseSchema, steps: z.array(playbookStepSchema).min(1).max(40) }))
      .min(1)
      .max(PLAYBOOK_PHASES.length),
  })
  .superRefine((file, ctx) => {
    const order = file.phases.map((p) => PLAYBOOK_PHASES.indexOf(p.phase));
    order.forEach((at, i) => {
      if (i > 0 && at <= (order[i - 1] ?? -1)) {
        ctx.addIssue({ code: 'custom', path: ['phases', i, 'phase'], message: 'phases must be in order, each once' });
      }
    });
    const seen = new Set<string>();
    file.phases.forEach((p, pi) =>
      p.steps.forEach((s, si) => {
        if (seen.has(s.id)) {
          ctx.addIssue({ code: 'custom', path: ['phases', pi, 'steps', si, 'id'], message: `step "${s.id}" twice` });
        }
        seen.add(s.id);
        if (
          (s.detailTr === undefined) !== (s.detailEn === undefined) ||
          (s.tellClientTr === undefined) !== (s.tellClientEn === undefined)
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['phases', pi, 'steps', si],
            message: 'every text in both Turkish and English',
          });
        }
        if (s.documentsTr.length !== s.documentsEn.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['phases', pi, 'steps', si, 'documentsEn'],
            message: 'as many documents in English as in Turkish',
          });
        }
      }),
    );
  });
export type PlaybookFile = z.infer<typeof playbookFileSchema>;

/** A step as the case page shows it: its place, its state and what it created. */
export const STEP_STATES = ['open', 'done', 'skipped'] as const;
export const stepStateSchema = z.enum(STEP_STATES);

export const playbookStepViewSchema = playbookStepSchema.extend({
  phase: playbookPhaseSchema,
  state: stepStateSchema,
  taskId: z.string().nullable(),
  deadlineId: z.string().nullable(),
});
export type PlaybookStepView = z.infer<typeof playbookStepViewSchema>;

export const casePlaybookViewSchema = z.object({
  playbook: z
    .object({
      id: z.string(),
      titleTr: z.string(),
      titleEn: z.string(),
      legalBasisTr: z.string(),
      legalBasisEn: z.string(),
      reviewedOn: z.string(),
      reviewerRoleTr: z.string(),
      reviewerRoleEn: z.string(),
      sources: z.array(z.string()),
    })
    .nullable(),
  hidden: z.boolean(),
  /** The first open step's id (null when all are done or skipped). */
  nextStepId: z.string().nullable(),
  steps: z.array(playbookStepViewSchema),
});
export type CasePlaybookView = z.infer<typeof casePlaybookViewSchema>;

export const playbookSummarySchema = z.object({
  id: z.string(),
  caseTypes: z.array(caseTypeSchema),
  titleTr: z.string(),
  titleEn: z.string(),
  reviewedOn: z.string(),
  steps: z.number().int(),
  /** Replaced on this vault by a playbook the organisation signed (issue 16); false: the shipped file. */
  imported: z.boolean(),
});

export const stepActInputSchema = z.strictObject({
  caseId: recordIdSchema,
  stepId: id,
  /** For a deadline step: the notification; absent, the case's latest notification is used. */
  start: deadlineStartSchema.optional(),
});
