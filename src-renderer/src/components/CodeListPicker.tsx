import { useTranslation } from 'react-i18next';
import { Combobox } from './Combobox';
import type { CodeOption } from './isoNames';

interface CodeListPickerProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  values: readonly string[];
  onChange: (values: string[]) => void;
  options: readonly CodeOption[];
  resolve: (text: string) => string | null;
  labelOf: (code: string) => string;
}

/** Several codes (languages, other nationalities): chosen ones as removable chips, a combobox to add. */
export function CodeListPicker({
  label,
  hint,
  error,
  values,
  onChange,
  options,
  resolve,
  labelOf,
}: CodeListPickerProps) {
  const { t } = useTranslation();
  return (
    <div className="code-list-picker">
      <Combobox
        label={label}
        hint={hint}
        error={error}
        value=""
        clearOnSelect
        options={options.filter((o) => !values.includes(o.code))}
        resolve={resolve}
        onChange={(code) => {
          if (code && !values.includes(code)) onChange([...values, code]);
        }}
      />
      {values.length > 0 ? (
        <ul className="chip-list" aria-label={label}>
          {values.map((code) => (
            <li key={code} className="chip">
              <span>{labelOf(code)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('form.removeItem', { item: labelOf(code) })}
                onClick={() => onChange(values.filter((v) => v !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
