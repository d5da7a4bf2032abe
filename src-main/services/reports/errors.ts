import { AppError } from '../../shared/errors';
import { REPORT_REFUSALS, type ReportRefusal } from '../../shared/report-refusals';

export { REPORT_REFUSALS, type ReportRefusal } from '../../shared/report-refusals';

/** A refusal whose code (shared/report-refusals.ts) travels as the AppError's detail. */
export function refused(reason: ReportRefusal, message: string): AppError {
  return new AppError('INTEGRITY', message, [reason]);
}

/** The refusal code an error carries, if it is a report refusal. */
export function refusalOf(error: unknown): ReportRefusal | undefined {
  if (!(error instanceof AppError)) return undefined;
  return error.details?.find((d): d is ReportRefusal => (REPORT_REFUSALS as readonly string[]).includes(d));
}
