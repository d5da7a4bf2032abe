export { ageAt, ageBand, type AgeBand } from './age-band';
export { aggregateReports, type AggregateOptions } from './aggregate';
export {
  activeIn,
  ageReferenceDate,
  buildReport,
  countReport,
  hasReportingConsent,
  type BuildOptions,
  type BuiltReport,
  type CountedReport,
} from './build-report';
export type { CountCell, CountTable } from './count-tables';
export { reportToCsv } from './csv';
export { parsePeriod, periodEnded, periodsOverlap, type Period } from './period';
export {
  addKey,
  cellKeyOf,
  correctionKey,
  MAX_NOISE,
  noiseVariance,
  PERTURBATION_TABLE,
  perturb,
  possibleTrueCounts,
  RECORD_KEY_MODULUS,
} from './perturbation';
export { groupDisclosures, protectTables, type ProtectOptions } from './protect-tables';
export { checkRelease, type ReleaseDecision, type ReleasedPeriod } from './release';
export type * from './records';
export { isPrimary, recomputableCells, suppressCells, type Line, type SuppressionInput } from './suppression';
export { linesFor, suppressTables, type SuppressedTable } from './suppress-tables';
