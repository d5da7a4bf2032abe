import { compute, DeadlineInputError, explainSteps, explainWarning, internalDueDate } from '../../domain/deadlines';
import { AppError } from '../../shared/errors';
import type { DeadlinePreview, DeadlineRuleView } from '../../shared/schemas/deadline-views';
import type { CaseType, DeadlineResult, DeadlineStart, RecessChoice } from '../../shared/schemas/deadlines';
import type { DeadlineData } from '../deadline-data';

export const invalid = (detail: string) => new AppError('VALIDATION', 'Invalid input', [detail]);

export interface ComputeRequest {
  ruleId: string;
  start: DeadlineStart;
  recess?: RecessChoice | undefined;
  caseType?: CaseType | undefined;
}

/** Runs the engine; its input errors become VALIDATION with `start.<field>:deadline.<code>`. */
export function computeFor(data: DeadlineData, request: ComputeRequest): DeadlineResult {
  const rule = data.ruleById(request.ruleId);
  if (!rule) throw invalid('ruleId:deadline.unknownRule');
  try {
    return compute(rule, request.start, {
      calendar: data.calendar,
      recess: request.recess,
      caseType: request.caseType,
    });
  } catch (error) {
    if (error instanceof DeadlineInputError) {
      if (error.code === 'unavailableForCaseType' || error.code === 'noPeriod')
        throw invalid(`ruleId:deadline.${error.code}`);
      throw invalid(`start.${error.field ?? 'date'}:deadline.${error.code}`);
    }
    throw error;
  }
}

/**
 * The engine's result with its steps and warnings written out in both UI languages, the rules
 * that usually follow, and the lawyer's internal target when `internalWorkingDays` is given.
 */
export function toPreview(result: DeadlineResult, data: DeadlineData, internalWorkingDays?: number): DeadlinePreview {
  const next = (data.ruleById(result.ruleId)?.next ?? []).flatMap((id) => {
    const r = data.ruleById(id);
    return r ? [{ id: r.id, nameTr: r.nameTr, nameEn: r.nameEn }] : [];
  });
  return {
    ruleId: result.ruleId,
    due: result.due,
    confidence: result.confidence,
    legalBasis: result.legalBasis,
    steps: { tr: explainSteps(result.steps, 'tr'), en: explainSteps(result.steps, 'en') },
    warnings: {
      tr: result.warnings.map((w) => explainWarning(w, 'tr')),
      en: result.warnings.map((w) => explainWarning(w, 'en')),
    },
    warningCodes: result.warnings.map((w) => w.code),
    recess: result.recess,
    internalDue: internalWorkingDays ? internalDueDate(result.due, internalWorkingDays, data.calendar) : null,
    next,
  };
}

/** The rules a case type may use (a remedy that does not exist for it is never offered). */
export function rulesView(data: DeadlineData, caseType?: string): DeadlineRuleView[] {
  return data.rules
    .filter((r) => caseType === undefined || (r.caseTypes as readonly string[]).includes(caseType))
    .filter((r) => caseType === undefined || !r.unavailableFor.some((u) => u.caseType === caseType))
    .map((r) => ({
      id: r.id,
      nameTr: r.nameTr,
      nameEn: r.nameEn,
      caseTypes: [...r.caseTypes],
      confidence: r.confidence,
      legalBasisTr: r.legalBasisTr,
      legalBasisEn: r.legalBasisEn,
      notesTr: r.notesTr,
      notesEn: r.notesEn,
      period: r.period,
      startsFrom: r.startsFrom,
      lastChecked: r.lastChecked,
      judicialRecess: r.judicialRecess,
      onNonWorkingLastDay: r.onNonWorkingLastDay,
      unavailableFor: r.unavailableFor.map((u) => u.caseType),
      next: [...r.next],
    }));
}

/**
 * The rule a new case's notification date starts. Where a case type has several (an
 * administrative appeal in 10 days, the court in 30), the shortest one: the conservative
 * choice, which the lawyer can change.
 */
export function defaultRuleFor(data: DeadlineData, caseType: string): string | null {
  const candidates = data.rules.filter(
    (r) =>
      r.period !== null && r.startsFrom === 'notification' && (r.caseTypes as readonly string[]).includes(caseType),
  );
  const days = (r: (typeof candidates)[number]) =>
    r.period ? r.period.amount * (r.period.unit === 'months' ? 31 : 1) : Infinity;
  return candidates.sort((a, b) => days(a) - days(b))[0]?.id ?? null;
}
