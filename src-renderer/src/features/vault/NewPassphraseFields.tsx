import type { ParseKeys } from 'i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PassphraseInput } from '../../components/PassphraseInput';
import type { AppErrorShape, ErrorCode } from '@shared/errors';
import { StrengthMeter } from '../../components/StrengthMeter';
import { rateNow, type RatingState } from './usePassphraseRating';

interface NewPassphraseFieldsProps {
  label: string;
  hint?: string;
  confirmLabel: string;
  value: string;
  onChange: (value: string) => void;
  confirm: string;
  onConfirmChange: (value: string) => void;
  error?: string | null | undefined;
  confirmError?: string | null | undefined;
  strength: RatingState;
  /** Why the last attempt to store it failed (too weak, or the backend's answer), under the fields. */
  failure: AppErrorShape | null;
  /** A more specific sentence for some failure codes. */
  failureOverrides?: Partial<Record<ErrorCode, ParseKeys>>;
  autoFocus?: boolean;
  readOnly?: boolean;
}

/**
 * A new passphrase, its live strength and its confirmation: the same three fields wherever a
 * passphrase is chosen (creating the vault, changing it, replacing a forgotten one), and why
 * storing it failed.
 */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { strength, value } = props;
  return (
    <>
      <PassphraseInput
        label={props.label}
        {...(props.hint ? { hint: props.hint } : {})}
        error={props.error ?? null}
        value={value}
        onChange={props.onChange}
        autoComplete="new-password"
        {...(props.autoFocus ? { autoFocus: true } : {})}
        {...(props.readOnly ? { readOnly: true } : {})}
      />
      <StrengthMeter rating={strength.rating} pending={strength.pending} active={value !== ''} />
      <PassphraseInput
        label={props.confirmLabel}
        error={props.confirmError ?? null}
        value={props.confirm}
        onChange={props.onConfirmChange}
        autoComplete="new-password"
        {...(props.readOnly ? { readOnly: true } : {})}
      />
      <ErrorMessage error={props.failure} overrides={props.failureOverrides} />
    </>
  );
}

/**
 * Whether a new passphrase is too weak, answered before the slow key derivation runs: the
 * meter's rating when it is current, else a rating asked for now. The meter lists the reasons.
 */
export async function isTooWeak(strength: RatingState, passphrase: string): Promise<boolean> {
  const rating = strength.rating ?? (await rateNow(passphrase));
  return rating !== null && !rating.acceptable;
}
