import { z } from 'zod';
import { recordIdSchema } from '../schemas/casefile-common';
import {
  casePlaybookViewSchema,
  playbookSummarySchema,
  stepActInputSchema,
  stepStateSchema,
} from '../schemas/playbooks';
import {
  petitionGenerateInputSchema,
  petitionPreparedSchema,
  petitionPrepareInputSchema,
  petitionTemplateViewSchema,
} from '../schemas/petitions';
import { glossaryFileSchema, glossaryTermSchema } from '../schemas/glossary';
import { orgContactSchema } from '../schemas/report';
import { clientNoteGenerateInputSchema, clientNoteLanguageSchema } from '../schemas/client-notes';
import { byCaseSchema, emptySchema } from '../schemas/channel-parts';

const stepId = z.string().max(80);

/** The volunteer's guide (issue 16): playbooks per case type and their progress on a case. */
export const guideChannels = {
  'playbooks:list': { input: emptySchema, output: z.object({ playbooks: z.array(playbookSummarySchema) }) },
  /** The playbooks imported from the organisation (signed), each with whether it still verifies. */
  'playbooks:imports': {
    input: emptySchema,
    output: z.object({
      imports: z.array(
        z.object({ id: z.string(), reviewedOn: z.string(), importedAt: z.string(), valid: z.boolean() }),
      ),
    }),
  },
  /** Imports a playbook the organisation signed, chosen in the platform dialog; refusals carry their reason. */
  'playbooks:import': {
    input: emptySchema,
    output: z.object({ cancelled: z.boolean(), id: z.string().optional(), reviewedOn: z.string().optional() }),
  },
  /** Goes back to the shipped playbook for this id (removes the import). */
  'playbooks:revert': { input: z.object({ id: stepId }).strict(), output: emptySchema },
  /** The case type's playbook with each step's state, the next open step first in `nextStepId`. */
  'playbooks:forCase': { input: byCaseSchema, output: casePlaybookViewSchema },
  /** Creates the step's task or deadline (through the deadline engine) and marks it done. */
  'playbooks:act': {
    input: stepActInputSchema,
    output: z.object({ taskId: z.string().nullable(), deadlineId: z.string().nullable() }),
  },
  'playbooks:setStep': {
    input: z.object({ caseId: recordIdSchema, stepId, state: stepStateSchema }).strict(),
    output: emptySchema,
  },
  /** Hides or shows the "What to do next" panel on this case. */
  'playbooks:setHidden': {
    input: z.object({ caseId: recordIdSchema, hidden: z.boolean() }).strict(),
    output: emptySchema,
  },
  /** The petition templates offered for the case's type. */
  'petitions:templates': {
    input: byCaseSchema,
    output: z.object({ templates: z.array(petitionTemplateViewSchema) }),
  },
  /** Each field of the template with what the case already records; the missing ones listed. */
  'petitions:prepare': { input: petitionPrepareInputSchema, output: petitionPreparedSchema },
  /** Fills the template and saves the draft as an encrypted document of the case (a new version each time). */
  'petitions:generate': {
    input: petitionGenerateInputSchema,
    output: z.object({ documentId: z.string(), versionNo: z.number().int().min(1) }),
  },
  /** The client-note languages with their "translation reviewed" flag; the client's own language suggested. */
  'clientNotes:languages': {
    input: byCaseSchema,
    output: z.object({
      suggested: clientNoteLanguageSchema,
      languages: z.array(z.object({ code: clientNoteLanguageSchema, reviewed: z.boolean() })),
    }),
  },
  /** Renders the one-page note and saves it to the case as an encrypted PDF document. */
  'clientNotes:generate': { input: clientNoteGenerateInputSchema, output: z.object({ documentId: z.string() }) },
  /** "Ask the coordinator": the contact in the trusted organisation key file (signed), or null. */
  'playbooks:coordinator': { input: emptySchema, output: z.object({ contact: orgContactSchema.nullable() }) },
  /** The glossary of legal terms in plain Turkish and English. */
  'glossary:list': { input: emptySchema, output: z.object({ terms: glossaryFileSchema.shape.terms }) },
  /** The glossary terms the global search's text finds (Turkish case folding), names first, at most 5. */
  'glossary:search': {
    input: z.object({ query: z.string().max(200) }).strict(),
    output: z.object({ terms: z.array(glossaryTermSchema) }),
  },
};
