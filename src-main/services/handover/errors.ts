import { AppError } from '../../shared/errors';
import { HANDOVER_REFUSALS, type HandoverRefusal } from '../../shared/handover-refusals';

/** A refusal whose code (shared/handover-refusals.ts) travels as the AppError's detail. */
export function refused(reason: HandoverRefusal, message: string, code: AppError['code'] = 'INTEGRITY'): AppError {
  return new AppError(code, message, [reason]);
}

export function handoverRefusalOf(error: unknown): HandoverRefusal | undefined {
  if (!(error instanceof AppError)) return undefined;
  return error.details?.find((d): d is HandoverRefusal => (HANDOVER_REFUSALS as readonly string[]).includes(d));
}
