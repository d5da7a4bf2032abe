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

const empty = z.object({}).strict();
const stepId = z.string().max(80);

/** The volunteer's guide (issue 16): playbooks per case type and their progress on a case. */
export const guideChannels = {
  'playbooks:list': { input: empty, output: z.object({ playbooks: z.array(playbookSummarySchema) }) },
  /** The case type's playbook with each step's state, the next open step first in `nextStepId`. */
  'playbooks:forCase': { input: z.object({ caseId: recordIdSchema }).strict(), output: casePlaybookViewSchema },
  /** Creates the step's task or deadline (through the deadline engine) and marks it done. */
  'playbooks:act': {
    input: stepActInputSchema,
    output: z.object({ taskId: z.string().nullable(), deadlineId: z.string().nullable() }),
  },
  'playbooks:setStep': {
    input: z.object({ caseId: recordIdSchema, stepId, state: stepStateSchema }).strict(),
    output: empty,
  },
  /** Hides or shows the "What to do next" panel on this case. */
  'playbooks:setHidden': { input: z.object({ caseId: recordIdSchema, hidden: z.boolean() }).strict(), output: empty },
  /** The petition templates offered for the case's type. */
  'petitions:templates': {
    input: z.object({ caseId: recordIdSchema }).strict(),
    output: z.object({ templates: z.array(petitionTemplateViewSchema) }),
  },
  /** Each field of the template with what the case already records; the missing ones listed. */
  'petitions:prepare': { input: petitionPrepareInputSchema, output: petitionPreparedSchema },
  /** Fills the template and saves the draft as an encrypted document of the case (a new version each time). */
  'petitions:generate': {
    input: petitionGenerateInputSchema,
    output: z.object({ documentId: z.string(), versionNo: z.number().int().min(1) }),
  },
};
