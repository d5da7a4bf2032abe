import { AppError } from '../../shared/errors';
import type { ReportRefusal } from '../../shared/report-refusals';

export { REPORT_REFUSALS, type ReportRefusal } from '../../shared/report-refusals';

/** A refusal whose code (shared/report-refusals.ts) travels as the AppError's detail. */
export function refused(reason: ReportRefusal, message: string): AppError {
  return new AppError('INTEGRITY', message, [reason]);
}
