import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import turkish from '../../resources/passphrase-words-tr.json' with { type: 'json' };
import type { PassphraseRating, PassphraseReason } from '../shared/schemas/vault';

/**
 * A vault passphrase protects people's lives, so the floor is zxcvbn score 3 ("safely
 * unguessable") and at least 12 characters. zxcvbn has no Turkish dictionary; our own list of
 * common Turkish words, names, clubs and cities fills that gap.
 */
export const MIN_SCORE = 3;
export const MIN_LENGTH = 12;

let factory: ZxcvbnFactory | undefined;

function estimator(): ZxcvbnFactory {
  // Building the ranked dictionaries takes ~100 ms: do it once, on first use, not at start-up.
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, 'common-tr': turkish.words },
    graphs: common.adjacencyGraphs,
    // Levenshtein matching took over a second on some inputs, too slow for a live meter; the
    // l33t cap keeps substitution-heavy inputs to a few milliseconds.
    useLevenshteinDistance: false,
    l33tMaxSubstitutions: 4,
  });
  return factory;
}

const PATTERN_REASONS: Record<string, PassphraseReason | undefined> = {
  repeat: 'repeats',
  sequence: 'sequence',
  date: 'dates',
  spatial: 'keyboardPattern',
};

function reasonsFrom(result: ZxcvbnResult): PassphraseReason[] {
  const reasons = new Set<PassphraseReason>();
  for (const match of result.sequence) {
    if (match.pattern === 'dictionary') {
      reasons.add(String(match.dictionaryName).startsWith('passwords') ? 'commonPassword' : 'dictionaryWord');
    } else {
      const reason = PATTERN_REASONS[match.pattern];
      if (reason) reasons.add(reason);
    }
  }
  return [...reasons];
}

export function ratePassphrase(passphrase: string): PassphraseRating {
  // zxcvbn's cost grows with length; beyond 100 characters the score cannot get worse.
  const result = estimator().check(passphrase.slice(0, 100));
  const score = result.score;
  const reasons: PassphraseReason[] = [];
  if ([...passphrase].length < MIN_LENGTH) reasons.push('tooShort');
  if (score < MIN_SCORE) reasons.push('tooGuessable', ...reasonsFrom(result));
  return { score, acceptable: reasons.length === 0, reasons: [...new Set(reasons)] };
}
