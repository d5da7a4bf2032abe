import { useEffect, useRef, useState } from 'react';
import { invoke } from '../../api/client';
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
  const [answer, setAnswer] = useState({ matches: [] as ConflictMatchView[], failed: false, key: '' });
  const latest = useRef(0);
  useEffect(() => {
    const settled = JSON.parse(settledKey) as ConflictCandidate;
    const ticket = ++latest.current;
    if (!worthChecking(settled)) return;
    void invoke('conflicts:check', settled).then((result) => {
      if (ticket !== latest.current) return;
      setAnswer(
        result.ok
          ? { matches: result.value.matches, failed: false, key: settledKey }
          : { matches: [], failed: true, key: settledKey },
      );
    });
  }, [settledKey]);
  if (!worthChecking(candidate)) return { matches: [], failed: false, active: false, checking: false };
  // Matches for an earlier spelling stay on screen while the new check runs: they are still
  // likely relevant, and a flickering panel is harder to read.
  return { matches: answer.matches, failed: answer.failed, active: true, checking: answer.key !== key };
}
