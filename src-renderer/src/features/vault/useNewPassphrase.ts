import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '@shared/errors';
import { isTooWeak } from './NewPassphraseFields';
import { usePassphraseRating } from './usePassphraseRating';

/** No details: the strength meter right above the button already lists the reasons. */
const WEAK: AppErrorShape = { code: 'WEAK_PASSPHRASE', message: 'weak' };

/**
 * The state behind NewPassphraseFields wherever a passphrase is chosen (new vault, change,
 * reset after a recovery key): the two fields, their live rating, the checks a lawyer gets
 * before anything slow runs, and clearing them once used.
 */
export function useNewPassphrase() {
  const { t } = useTranslation();
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ next?: string; confirm?: string }>({});
  const strength = usePassphraseRating(next);
  return {
    next,
    /** Spread into NewPassphraseFields. */
    fields: {
      value: next,
      onValueChange: setNext,
      confirm,
      onConfirmChange: setConfirm,
      error: errors.next,
      confirmError: errors.confirm,
      strength,
    },
    /**
     * Empty, the same as `current` (a change that changes nothing), or not confirmed: shows why
     * under the field and answers false.
     */
    check(current?: string): boolean {
      const found: { next?: string; confirm?: string } = {};
      if (next === '') found.next = t('passphrase.empty');
      else if (current !== undefined && next === current) found.next = t('settings.samePassphrase');
      else if (confirm !== next) found.confirm = t('passphrase.mismatch');
      setErrors(found);
      return Object.keys(found).length === 0;
    },
    /** The error to show when the passphrase is too weak, checked before the slow key derivation. */
    weakness: async (): Promise<AppErrorShape | null> => ((await isTooWeak(strength, next)) ? WEAK : null),
    /** Secrets do not linger in React state once they have done their job. */
    clear(): void {
      setNext('');
      setConfirm('');
    },
  };
}
