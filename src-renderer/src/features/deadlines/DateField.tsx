import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

/** A date typed the way lawyers write it (`dd.mm.yyyy`); parsing is the form's job on submit. */
export function DateField(props: {
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {(control) => (
        <input
          {...control}
          className="input input-short"
          inputMode="numeric"
          placeholder={t('deadlines.dialog.datePlaceholder')}
          autoComplete="off"
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
