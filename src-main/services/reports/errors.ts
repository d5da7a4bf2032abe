import { AppError } from '../../shared/errors';

/**
 * Why a report file or key file was refused. The code travels as the AppError's detail, so the
 * CLI and the UI can say exactly what went wrong ("sealed to another organisation") in the
 * user's language, without the message ever carrying file contents.
 */
export const REPORT_REFUSALS = [
  'report.notAReportFile',
  'report.unsupportedVersion',
  'report.wrongOrganisation',
  'report.tampered',
  'report.badSignature',
  'report.unknownSigner',
  'report.invalidContent',
  'orgKey.invalid',
  'orgKey.badSignature',
  'orgKey.none',
  'orgKey.notTrusted',
] as const;
export type ReportRefusal = (typeof REPORT_REFUSALS)[number];

export function refused(reason: ReportRefusal, message: string): AppError {
  return new AppError('INTEGRITY', message, [reason]);
}
