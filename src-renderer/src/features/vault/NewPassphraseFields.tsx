import { PassphraseInput } from '../../components/PassphraseInput';
import { StrengthMeter } from '../../components/StrengthMeter';
import { rateNow, type RatingState } from './usePassphraseRating';

interface NewPassphraseFieldsProps {
  label: string;
  hint?: string;
  confirmLabel: string;
  value: string;
  onValueChange: (value: string) => void;
  confirm: string;
  onConfirmChange: (value: string) => void;
  error?: string | null | undefined;
  confirmError?: string | null | undefined;
  strength: RatingState;
  autoFocus?: boolean;
  readOnly?: boolean;
}

/**
 * A new passphrase, its live strength and its confirmation: the same three fields wherever a
 * passphrase is chosen (creating the vault, changing it, replacing a forgotten one).
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
        onValueChange={props.onValueChange}
        autoComplete="new-password"
        {...(props.autoFocus ? { autoFocus: true } : {})}
        {...(props.readOnly ? { readOnly: true } : {})}
      />
      <StrengthMeter rating={strength.rating} pending={strength.pending} active={value !== ''} />
      <PassphraseInput
        label={props.confirmLabel}
        error={props.confirmError ?? null}
        value={props.confirm}
        onValueChange={props.onConfirmChange}
        autoComplete="new-password"
        {...(props.readOnly ? { readOnly: true } : {})}
      />
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
