import { useEffect, useState } from 'react';
import { invoke } from '../../api/client';
import type { PassphraseRating } from '@shared/schemas/vault';

const DEBOUNCE_MS = 250;

export interface RatingState {
  /** The rating of `passphrase`, or null while it is being rated (or when it is empty). */
  rating: PassphraseRating | null;
  /** True while typing has not settled or the backend has not answered for the current text. */
  pending: boolean;
}

interface Answer {
  passphrase: string;
  rating: PassphraseRating | null;
}

/**
 * Rates a passphrase in the backend (zxcvbn lives there, next to the rule that enforces it),
 * 250 ms after typing stops. An answer is kept with the text it belongs to, so a late answer
 * for older text is never shown as the rating of what is in the field now.
 */
export function usePassphraseRating(passphrase: string): RatingState {
  const [answer, setAnswer] = useState<Answer>({ passphrase: '', rating: null });

  useEffect(() => {
    if (passphrase === '') return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      void invoke('vault:ratePassphrase', { passphrase }).then((result) => {
        if (!cancelled) setAnswer({ passphrase, rating: result.ok ? result.value : null });
      });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [passphrase]);

  const current = answer.passphrase === passphrase && passphrase !== '';
  return { rating: current ? answer.rating : null, pending: passphrase !== '' && !current };
}

/** Asks for a fresh rating right away: used on submit when the debounced one is not in yet. */
export async function rateNow(passphrase: string): Promise<PassphraseRating | null> {
  const result = await invoke('vault:ratePassphrase', { passphrase });
  return result.ok ? result.value : null;
}
