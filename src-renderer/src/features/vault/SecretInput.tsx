import type { Ref } from 'react';
import { PassphraseInput } from '../../components/PassphraseInput';
import { TextInput } from '../../components/TextInput';

interface SecretInputProps {
  /** Which secret is typed: the passphrase, or the recovery key (either opens a vault or a backup). */
  kind: 'passphrase' | 'recovery';
  labels: { passphrase: string; recoveryKey: string; recoveryKeyHint: string };
  value: string;
  onValueChange: (value: string) => void;
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
    <TextInput
      key="recovery"
      label={labels.recoveryKey}
      hint={labels.recoveryKeyHint}
      className="input-mono"
      autoComplete="off"
      spellCheck={false}
      autoCapitalize="characters"
      maxLength={200}
      {...field}
    />
  );
}
