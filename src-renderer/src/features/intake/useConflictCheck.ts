import { useInvokeQuery } from '../../api/query';
import { useDebounced } from '../../components/useDebounced';
import type { ChannelInput } from '@shared/contract';
import type { ConflictMatchView } from '@shared/schemas/casefile-views';

const DEBOUNCE_MS = 300;

export type ConflictCandidate = ChannelInput<'conflicts:check'>;

export interface ConflictState {
  matches: ConflictMatchView[];
  /** True from the first keystroke until the answer for the settled input is in. */
  checking: boolean;
  failed: boolean;
  /** Whether there was enough to check (a name or an identity number). */
  active: boolean;
}

function worthChecking(c: ConflictCandidate): boolean {
  const name = `${c.givenName ?? ''}${c.familyName ?? ''}`.trim();
  return name.length >= 2 || (c.identityNumbers ?? []).some((n) => n.value.trim().length >= 4);
}

/**
 * The live conflict-of-interest check: `conflicts:check` for what is typed so far, debounced,
 * latest answer wins. Runs before saving so the lawyer sees possible conflicts in time.
 */
export function useConflictCheck(candidate: ConflictCandidate): ConflictState {
  const key = JSON.stringify(candidate);
  const settledKey = useDebounced(key, DEBOUNCE_MS);
  const settled = JSON.parse(settledKey) as ConflictCandidate;
  // Matches for an earlier spelling stay on screen while the new check runs: they are still
  // likely relevant, and a flickering panel is harder to read.
  const check = useInvokeQuery('conflicts:check', worthChecking(settled) ? settled : null, { keepPrevious: true });
  if (!worthChecking(candidate)) return { matches: [], failed: false, active: false, checking: false };
  const answered =
    settledKey === key && (check.status === 'error' || (check.status === 'success' && !check.isPlaceholderData));
  return {
    matches: check.status === 'error' ? [] : (check.data?.matches ?? []),
    failed: check.status === 'error',
    active: true,
    checking: !answered,
  };
}
