import type { ValueOption } from './ValueFields';

interface ChoiceButtonsProps<V extends string> {
  /** The group's accessible name. */
  label: string;
  className: string;
  buttonClassName: string;
  /** `lang`: an option named in its own language (a language switcher). */
  options: readonly (ValueOption<V> & { lang?: string })[];
  value: V;
  onChange: (value: V) => void;
  /** Tabs over a panel the caller renders (tablist, the chosen tab selected); pressed toggles otherwise. */
  tabs?: boolean;
}

/** A row of buttons choosing one value (a view, a language, a tab): the chosen one is marked as such. */
export function ChoiceButtons<V extends string>({
  label,
  className,
  buttonClassName,
  options,
  value,
  onChange,
  tabs = false,
}: ChoiceButtonsProps<V>) {
  return (
    <div className={className} role={tabs ? 'tablist' : 'group'} aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          role={tabs ? 'tab' : undefined}
          lang={option.lang}
          className={buttonClassName}
          aria-pressed={tabs ? undefined : value === option.value}
          aria-selected={tabs ? value === option.value : undefined}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
