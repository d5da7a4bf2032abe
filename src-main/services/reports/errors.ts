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
  /** The report was suppressed with a smaller k than the organisation requires. */
  'report.kBelowPolicy',
  /** An older issue of the organisation key file than the one this vault already trusts. */
  'orgKey.outdated',
] as const;
export type ReportRefusal = (typeof REPORT_REFUSALS)[number];

export function refused(reason: ReportRefusal, message: string): AppError {
  return new AppError('INTEGRITY', message, [reason]);
}
