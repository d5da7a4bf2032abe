import type { Ref } from 'react';
import { PassphraseInput } from '../../components/PassphraseInput';
import { ValueTextField, type ValueTextFieldProps } from '../../components/ValueFields';

interface SecretInputProps {
  /** Which secret is typed: the passphrase, or the recovery key (either opens a vault or a backup). */
  kind: 'passphrase' | 'recovery';
  labels: { passphrase: string; recoveryKey: string; recoveryKeyHint: string };
  value: string;
  onChange: (value: string) => void;
  error?: string | null | undefined;
  readOnly?: boolean | undefined;
  autoFocus?: boolean | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
}

/** The field for the secret that opens something: a hidden passphrase, or a recovery key in capitals. */
export function SecretInput({ kind, labels, ...field }: SecretInputProps) {
  return kind === 'passphrase' ? (
    <PassphraseInput key="passphrase" label={labels.passphrase} autoComplete="current-password" {...field} />
  ) : (
    <RecoveryKeyInput
      key="recovery"
      label={labels.recoveryKey}
      hint={labels.recoveryKeyHint}
      maxLength={200}
      {...field}
    />
  );
}

/**
 * A recovery key, or a group of it: monospaced capitals, never spell-checked nor remembered by the
 * form; `className` adds to the field's own classes.
 */
export function RecoveryKeyInput({ className, ...props }: ValueTextFieldProps) {
  return (
    <ValueTextField
      className={['input', 'input-mono', className].filter(Boolean).join(' ')}
      autoComplete="off"
      spellCheck={false}
      autoCapitalize="characters"
      {...props}
    />
  );
}
