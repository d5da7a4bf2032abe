import { AppError } from '../../shared/errors';
import type { CaseType, DeadlineStart } from '../../shared/schemas/deadlines';
import type { CasePlaybookView, PlaybookFile, PlaybookStep, PlaybookStepView } from '../../shared/schemas/playbooks';
import type { OrgContact } from '../../shared/schemas/report';
import type { Language } from '../../shared/schemas/vault';
import { mutate } from '../audit-log';
import type { Casefile } from '../casefile';
import { nowIso, todayOf, type CasefileDeps } from '../casefile/context';
import { liveCaseType, requireLiveCase } from '../casefile/live-records';
import type { DeadlineData } from '../deadline-data';
import type { DeadlineService } from '../deadlines/deadline-service';
import { contactOf } from '../reports/org-key-file';
import { trustedOrg } from '../reports/trust';
import type { PlaybookData } from './playbook-data';
import { importSignedPlaybook, listImportedPlaybooks, revertPlaybook } from './playbook-imports';

const invalid = (detail: string) => new AppError('VALIDATION', 'Invalid input', [detail]);

export interface PlaybookServiceDeps extends CasefileDeps {
  casefile: Casefile;
  deadlines: DeadlineService;
  deadlineData: () => DeadlineData;
  /** The playbooks in use: the shipped ones, each replaced by its verified signed import if any. */
  playbooks: () => Promise<PlaybookData>;
  /** The shipped playbooks only (what an import must be newer than, and where a revert goes back to). */
  shipped: () => PlaybookData;
  /** The vault's interface language: a created task's title is the step's title in it. */
  language: () => Promise<Language>;
}

/** Where the case's own first decision is served: the rules whose start the latest notification can be. */
const STARTS_FROM_A_NOTIFICATION = new Set(['notification', 'written-notification']);

function stepsOf(playbook: PlaybookFile): Array<PlaybookStep & { phase: PlaybookStepView['phase'] }> {
  return playbook.phases.flatMap((p) => p.steps.map((s) => ({ ...s, phase: p.phase })));
}

/**
 * Playbooks on a case (issue 16): the steps of its case type's playbook with their progress, and
 * one click on a step creating its task (through the casefile) or its deadline (through the
 * deadline engine, so the computation and its explanation are kept like any other deadline).
 */
export function createPlaybookService(deps: PlaybookServiceDeps) {
  const caseType = (caseId: string): Promise<CaseType> => liveCaseType(deps.db(), caseId);

  async function playbookOf(caseId: string): Promise<PlaybookFile | undefined> {
    return (await deps.playbooks()).forCaseType(await caseType(caseId));
  }

  async function stepOf(caseId: string, stepId: string): Promise<{ playbook: PlaybookFile; step: PlaybookStep }> {
    const playbook = await playbookOf(caseId);
    if (!playbook) throw invalid('caseId:playbook.none');
    const step = stepsOf(playbook).find((s) => s.id === stepId);
    if (!step) throw invalid('stepId:playbook.unknownStep');
    return { playbook, step };
  }

  function record(
    caseId: string,
    playbookId: string,
    stepId: string,
    state: 'open' | 'done' | 'skipped',
    created: { taskId?: string | null; deadlineId?: string | null } = {},
  ): Promise<void> {
    return mutate(deps, { action: 'updated', entity: 'case', entityId: caseId }, async (tx) => {
      if (state === 'open') {
        await tx
          .deleteFrom('playbook_step_state')
          .where('case_id', '=', caseId)
          .where('step_id', '=', stepId)
          .execute();
        return;
      }
      const at = nowIso(deps);
      const taskId = created.taskId ?? null;
      const deadlineId = created.deadlineId ?? null;
      await tx
        .insertInto('playbook_step_state')
        .values({
          case_id: caseId,
          step_id: stepId,
          playbook_id: playbookId,
          state,
          task_id: taskId,
          deadline_id: deadlineId,
          updated_at: at,
        })
        .onConflict((oc) =>
          oc.columns(['case_id', 'step_id']).doUpdateSet((eb) => ({
            state,
            playbook_id: playbookId,
            // Marking done again keeps what the step created earlier.
            task_id: taskId ?? eb.ref('playbook_step_state.task_id'),
            deadline_id: deadlineId ?? eb.ref('playbook_step_state.deadline_id'),
            updated_at: at,
          })),
        )
        .execute();
    });
  }

  /** The start a deadline step uses when the lawyer gives none: the case's latest notification. */
  async function latestNotification(caseId: string): Promise<DeadlineStart | null> {
    const rows = await deps
      .db()
      .selectFrom('case_notification')
      .select(['method', 'served_on', 'delivered_on', 'opened_on', 'created_at'])
      .where('case_id', '=', caseId)
      .orderBy('created_at', 'desc')
      .execute();
    for (const r of rows) {
      if (r.method === 'e-notification' && r.delivered_on) {
        return r.opened_on
          ? { kind: 'e-notification', deliveredOn: r.delivered_on, openedOn: r.opened_on }
          : { kind: 'e-notification', deliveredOn: r.delivered_on };
      }
      if (r.served_on) return { kind: 'notification', date: r.served_on };
    }
    return null;
  }

  return {
    /**
     * "Ask the coordinator": the contact the trusted organisation key file names (signed with it,
     * checked again on this read), or null when no key is trusted or its file names nobody.
     */
    async coordinator(): Promise<OrgContact | null> {
      const row = await deps.db().selectFrom('trusted_org').select('fingerprint').executeTakeFirst();
      if (!row) return null;
      return contactOf((await trustedOrg(deps.db())).file);
    },
    async list() {
      const shipped = deps.shipped();
      return (await deps.playbooks()).playbooks.map((p) => ({
        id: p.id,
        caseTypes: [...p.caseTypes],
        titleTr: p.titleTr,
        titleEn: p.titleEn,
        reviewedOn: p.reviewedOn,
        steps: stepsOf(p).length,
        imported: shipped.byId(p.id)?.reviewedOn !== p.reviewedOn,
      }));
    },

    /** Imports a playbook the organisation signed (verified, checked, newer); audited without content. */
    importSigned(text: string): Promise<{ id: string; reviewedOn: string }> {
      return mutate(deps, { action: 'updated', entity: 'setting' }, (tx) =>
        importSignedPlaybook(tx, text, deps.deadlineData(), deps.shipped(), nowIso(deps)),
      );
    },

    imports: () => listImportedPlaybooks(deps.db(), deps.deadlineData()),

    /** Back to the shipped playbook for this id. */
    async revert(id: string): Promise<void> {
      const removed = await mutate(deps, { action: 'updated', entity: 'setting' }, (tx) => revertPlaybook(tx, id));
      if (!removed) throw new AppError('NOT_FOUND', 'No imported playbook has this id', ['id']);
    },

    async forCase(caseId: string): Promise<CasePlaybookView> {
      const playbook = await playbookOf(caseId);
      const db = deps.db();
      const guide = await db.selectFrom('case_guide').select('hidden').where('case_id', '=', caseId).executeTakeFirst();
      const hidden = guide?.hidden === 1;
      if (!playbook) return { playbook: null, hidden, nextStepId: null, steps: [] };
      const states = await db.selectFrom('playbook_step_state').selectAll().where('case_id', '=', caseId).execute();
      const byStep = new Map(states.map((s) => [s.step_id, s]));
      const steps: PlaybookStepView[] = stepsOf(playbook).map((s) => {
        const st = byStep.get(s.id);
        return {
          ...s,
          state: st?.state === 'done' || st?.state === 'skipped' ? st.state : 'open',
          taskId: st?.task_id ?? null,
          deadlineId: st?.deadline_id ?? null,
        };
      });
      const { phases: _phases, format: _format, version: _version, caseTypes: _types, ...about } = playbook;
      return { playbook: about, hidden, nextStepId: steps.find((s) => s.state === 'open')?.id ?? null, steps };
    },

    /**
     * Creates the step's task or deadline and marks the step done. A deadline step whose rule
     * already has a live deadline on the case links that one instead of adding a second.
     */
    async act(input: { caseId: string; stepId: string; start?: DeadlineStart | undefined }) {
      const { playbook, step } = await stepOf(input.caseId, input.stepId);
      const action = step.action;
      if (!action) throw invalid('stepId:playbook.noAction');
      if (action.kind === 'task') {
        const language = await deps.language();
        const dueOn =
          action.dueInDays === undefined
            ? undefined
            : new Date(Date.parse(`${todayOf(deps)}T00:00:00Z`) + action.dueInDays * 86_400_000)
                .toISOString()
                .slice(0, 10);
        const task = await deps.casefile.timeline.addTask({
          caseId: input.caseId,
          title: language === 'en' ? step.titleEn : step.titleTr,
          dueOn,
        });
        await record(input.caseId, playbook.id, step.id, 'done', { taskId: task.id });
        return { taskId: task.id, deadlineId: null };
      }
      const existing = await deps
        .db()
        .selectFrom('case_deadline')
        .select('id')
        .where('case_id', '=', input.caseId)
        .where('rule_id', '=', action.ruleId)
        .where('done_at', 'is', null)
        .executeTakeFirst();
      let deadlineId = existing?.id;
      if (deadlineId === undefined || input.start !== undefined) {
        const rule = deps.deadlineData().ruleById(action.ruleId);
        const start =
          input.start ??
          (rule && STARTS_FROM_A_NOTIFICATION.has(rule.startsFrom) ? await latestNotification(input.caseId) : null);
        if (!start) throw invalid('start:playbook.startRequired');
        if (start.kind === 'notification') deps.deadlines.assertNotFuture(start.date, 'start.date');
        deadlineId = (await deps.deadlines.add({ caseId: input.caseId, ruleId: action.ruleId, start })).id;
      }
      await record(input.caseId, playbook.id, step.id, 'done', { deadlineId });
      return { taskId: null, deadlineId };
    },

    async setState(input: { caseId: string; stepId: string; state: 'open' | 'done' | 'skipped' }): Promise<void> {
      const { playbook, step } = await stepOf(input.caseId, input.stepId);
      await record(input.caseId, playbook.id, step.id, input.state);
    },

    async setHidden(caseId: string, hidden: boolean): Promise<void> {
      await requireLiveCase(deps.db(), caseId);
      await mutate(deps, { action: 'updated', entity: 'case', entityId: caseId }, async (tx) => {
        const at = nowIso(deps);
        await tx
          .insertInto('case_guide')
          .values({ case_id: caseId, hidden: hidden ? 1 : 0, updated_at: at })
          .onConflict((oc) => oc.column('case_id').doUpdateSet({ hidden: hidden ? 1 : 0, updated_at: at }))
          .execute();
      });
    },
  };
}

export type PlaybookService = ReturnType<typeof createPlaybookService>;
