/**
 * Why a report file or key file was refused. The code travels as the AppError's detail, so the
 * CLI and the UI can say exactly what went wrong ("sealed to another organisation") in the
 * user's language, without the message ever carrying file contents. It lives in shared/ because
 * the `reports:import` channel's output names these codes.
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
  /** The lawyer's release register (issue 15): the period has not ended yet. */
  'release.unfinished',
  /** A period overlapping one already released (a month inside a released quarter). */
  'release.overlap',
  /** The period was released and its figures changed since: only an explicit correction may follow. */
  'release.repeat',
  /** A correction of a period that was never released. */
  'release.nothingToCorrect',
  /** More corrections of one period than allowed. */
  'release.tooManyCorrections',
] as const;
export type ReportRefusal = (typeof REPORT_REFUSALS)[number];
