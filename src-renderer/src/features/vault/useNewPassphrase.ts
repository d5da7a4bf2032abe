import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape, Envelope } from '@shared/errors';
import { isTooWeak } from './NewPassphraseFields';
import { usePassphraseRating } from './usePassphraseRating';

/** No details: the strength meter right above the button already lists the reasons. */
const WEAK: AppErrorShape = { code: 'WEAK_PASSPHRASE', message: 'weak' };

interface StoreOptions {
  /** The passphrase in use now: the new one must differ from it. */
  current?: string;
  /** Another field of the form is wrong (already said there): check, but store nothing. */
  blocked?: boolean;
}

/**
 * The state behind NewPassphraseFields wherever a passphrase is chosen (new vault, change,
 * reset after a recovery key): the two fields, their live rating, the checks a lawyer gets
 * before anything slow runs, storing it (busy meanwhile, with the failure to show) and
 * clearing the fields once used.
 */
export function useNewPassphrase() {
  const { t } = useTranslation();
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ next?: string; confirm?: string }>({});
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const strength = usePassphraseRating(next);

  /**
   * Empty, the same as `current` (a change that changes nothing), or not confirmed: shows why
   * under the field and answers false.
   */
  const check = (current?: string): boolean => {
    const found: { next?: string; confirm?: string } = {};
    if (next === '') found.next = t('passphrase.empty');
    else if (current !== undefined && next === current) found.next = t('settings.samePassphrase');
    else if (confirm !== next) found.confirm = t('passphrase.mismatch');
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  return {
    busy,
    /** Spread into NewPassphraseFields. */
    fields: {
      value: next,
      onChange: setNext,
      confirm,
      onConfirmChange: setConfirm,
      error: errors.next,
      confirmError: errors.confirm,
      strength,
      failure: error,
    },
    /**
     * Checks the fields, refuses a weak passphrase here with reasons (before the slow key
     * derivation runs), then hands it to `store`. On success the fields are cleared (secrets do
     * not linger in React state once they have done their job) and `onStored` gets the answer.
     */
    async store<T>(
      save: (passphrase: string) => Promise<Envelope<T>>,
      onStored: (value: T) => void,
      options: StoreOptions = {},
    ): Promise<void> {
      if (busy) return;
      setError(null);
      if (!check(options.current) || options.blocked) return;
      setBusy(true);
      try {
        if (await isTooWeak(strength, next)) return setError(WEAK);
        const result = await save(next);
        if (!result.ok) return setError(result.error);
        setNext('');
        setConfirm('');
        onStored(result.value);
      } finally {
        setBusy(false);
      }
    },
  };
}
