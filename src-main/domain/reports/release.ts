import { MAX_REVISION } from '../../shared/schemas/report';
import { parsePeriod, periodEnded, periodsOverlap, type Period } from './period';

/**
 * The lawyer's release register, as a rule: what may leave for a period, given what already left.
 *
 * - A period is released once, and only after it ended: figures of an unfinished period would be
 *   released again, changed, once it ends, and the two differ by exactly the late records.
 * - A period overlapping a released one (a month inside a released quarter, or the quarter
 *   around a released month) is refused: the difference of the two is a smaller table.
 * - The same period again is refused unless its figures are exactly the released ones (a lost
 *   file sent again leaks nothing new), or it is an explicit correction, which replaces the
 *   earlier release and is perturbed afresh (DISCLOSURE-CONTROL.md: "Corrections").
 */
export interface ReleasedPeriod {
  period: string;
  revision: number;
}

export type ReleaseRefusal =
  | 'release.unfinished'
  | 'release.overlap'
  | 'release.repeat'
  | 'release.nothingToCorrect'
  | 'release.tooManyCorrections';

export type ReleaseDecision =
  /** Never released: revision 1, cell keys unsalted. */
  | { kind: 'first' }
  /** Released before: allowed only if the figures come out identical to `revision`'s. */
  | { kind: 'again'; revision: number }
  /** An explicit correction: this revision, with a fresh salt. */
  | { kind: 'correction'; revision: number }
  | { kind: 'refused'; reason: ReleaseRefusal; conflictsWith?: string };

export function checkRelease(input: {
  period: Period;
  today: string;
  released: readonly ReleasedPeriod[];
  correction: boolean;
}): ReleaseDecision {
  const { period, today, released, correction } = input;
  if (!periodEnded(period, today)) return { kind: 'refused', reason: 'release.unfinished' };
  const overlapping = released.find((r) => {
    const p = parsePeriod(r.period);
    return r.period !== period.id && p !== null && periodsOverlap(p, period);
  });
  if (overlapping) return { kind: 'refused', reason: 'release.overlap', conflictsWith: overlapping.period };
  const latest = Math.max(0, ...released.filter((r) => r.period === period.id).map((r) => r.revision));
  if (latest === 0) return correction ? { kind: 'refused', reason: 'release.nothingToCorrect' } : { kind: 'first' };
  if (!correction) return { kind: 'again', revision: latest };
  if (latest >= MAX_REVISION + 1) return { kind: 'refused', reason: 'release.tooManyCorrections' };
  return { kind: 'correction', revision: latest + 1 };
}
