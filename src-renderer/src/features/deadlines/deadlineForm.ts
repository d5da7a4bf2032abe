import { z } from 'zod';
import type { ChannelInput } from '@shared/contract';
import type { RecessChoice } from '@shared/schemas/deadlines';
import { EMPTY_START, startFrom, startIssues, type StartValues } from './startValues';
import type { DeadlineRuleView } from './types';

/** The select's value for "no rule": a manual deadline with a title, a date and a reason. */
export const MANUAL = '';

/** What the add-deadline form holds: strings as the inputs give them, dates as DateField gives them. */
export interface DeadlineFormValues {
  ruleId: string;
  showAll: boolean;
  start: StartValues;
  /** Working days before the legal date for the internal target ("iç süre"). */
  internalDays: string;
  override: boolean;
  dueOn: string;
  title: string;
  reason: string;
  /** Basis uncertain: saving means the lawyer checked the rule (checked on submit). */
  confirmUnsure: boolean;
}

export function emptyDeadlineForm(ruleId: string, recess: RecessChoice, internalDays: number): DeadlineFormValues {
  return {
    ruleId,
    showAll: false,
    start: { ...EMPTY_START, recess },
    internalDays: String(internalDays),
    override: false,
    dueOn: '',
    title: '',
    reason: '',
    confirmUnsure: false,
  };
}

export type DeadlineAddInput = Omit<ChannelInput<'deadlines:add'>, 'caseId'>;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Form values → the `deadlines:add` input. Issue messages are i18n keys, at the form's own paths
 * (`start.date`, `dueOn`, …). The confirmation of an uncertain basis depends on the live preview
 * and is checked by the dialog on submit.
 */
export function deadlineFormSchema(rules: readonly DeadlineRuleView[], today: string) {
  return z.custom<DeadlineFormValues>().transform((v, ctx): DeadlineAddInput => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', message, path });
    const manual = v.ruleId === MANUAL;
    const rule = rules.find((r) => r.id === v.ruleId);
    const days = /^\d{1,2}$/.test(v.internalDays.trim()) ? Number(v.internalDays.trim()) : Number.NaN;
    if (!(days >= 0 && days <= 30)) issue(['internalDays'], 'deadlines.errors.internalDays');
    const needsDue = manual || v.override;
    if (needsDue) {
      if (v.dueOn.trim() === '') issue(['dueOn'], 'deadlines.errors.dueRequired');
      else if (!ISO.test(v.dueOn)) issue(['dueOn'], 'deadlines.errors.badDate');
      if (v.reason.trim() === '') issue(['reason'], 'deadlines.errors.reasonRequired');
    }
    if (manual) {
      if (v.title.trim() === '') issue(['title'], 'deadlines.errors.titleRequired');
    } else {
      if (!rule) issue(['ruleId'], 'deadlines.errors.ruleRequired');
      for (const i of startIssues(v.start, rule, today)) issue(['start', i.field], i.message);
    }
    const reason = v.reason.trim() === '' ? {} : { reason: v.reason.trim() };
    const internalWorkingDays = Number.isNaN(days) ? 0 : days;
    if (manual) return { title: v.title.trim(), dueOn: v.dueOn, internalWorkingDays, ...reason };
    return {
      ruleId: v.ruleId,
      start: startFrom(v.start, rule) ?? undefined,
      recess: v.start.recess,
      internalWorkingDays,
      ...(v.override ? { dueOn: v.dueOn } : {}),
      ...reason,
    };
  });
}
