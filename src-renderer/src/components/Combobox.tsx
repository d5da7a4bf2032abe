import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ValueTextField } from './ValueFields';
import { foldForMatch, type CodeOption } from './isoNames';
import './Combobox.css';

const MAX_SUGGESTIONS = 8;

interface ComboboxProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** A code from `options`, or the raw text when nothing matched (validation then says so). */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  options: readonly CodeOption[];
  /** Maps typed text to a code (exact name in either language, or the code itself). */
  resolve: (text: string) => string | null;
  /** For "add to a list" pickers: empty the box after a choice instead of showing it. */
  clearOnSelect?: boolean;
  inputRef?: Ref<HTMLInputElement> | undefined;
  name?: string;
}

export function filterOptions(options: readonly CodeOption[], text: string): CodeOption[] {
  const needle = foldForMatch(text.trim());
  if (needle === '') return options.slice(0, MAX_SUGGESTIONS);
  const starts: CodeOption[] = [];
  const contains: CodeOption[] = [];
  for (const option of options) {
    const label = foldForMatch(option.label);
    if (label.startsWith(needle) || option.code.toLowerCase() === needle) starts.push(option);
    else if (label.includes(needle)) contains.push(option);
  }
  return [...starts, ...contains].slice(0, MAX_SUGGESTIONS);
}

/**
 * An ARIA 1.2 combobox (editable, list autocomplete): type to filter, arrows to move, Enter to
 * choose, Esc to close. Typing a name that matches exactly counts as choosing it, so a lawyer
 * who types "Suriye" and tabs away has chosen Syria; an unknown name stays as typed and the
 * schema's `country.unknown` tells them at the field.
 */
export function Combobox({
  value,
  onChange,
  onBlur,
  options,
  resolve,
  clearOnSelect = false,
  ...field
}: ComboboxProps) {
  const { t } = useTranslation();
  const listId = useId();
  const labelOf = (code: string): string | undefined => options.find((o) => o.code === code)?.label;
  const [text, setText] = useState(() => (clearOnSelect ? '' : (labelOf(value) ?? value)));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useMemo(() => filterOptions(options, text), [options, text]);

  // A new value from outside (form reset, language switch) shows its name in the box. Done
  // while rendering, React's pattern for state derived from a changed prop.
  const [seen, setSeen] = useState({ value, options });
  if (seen.value !== value || seen.options !== options) {
    setSeen({ value, options });
    if (!clearOnSelect) {
      const shown = labelOf(value);
      if (shown !== undefined) {
        if (resolve(text) !== value) setText(shown);
      } else if (text !== value) setText(value);
    }
  }

  const choose = (option: CodeOption): void => {
    onChange(option.code);
    setText(clearOnSelect ? '' : option.label);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, suggestions.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open) {
      const option = suggestions[active] ?? (suggestions.length === 1 ? suggestions[0] : undefined);
      if (option) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === 'Escape' && open) {
      // Only swallow Esc when it closes the list; otherwise it belongs to a dialog around us.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const activeId = open && suggestions[active] ? `${listId}-${active}` : undefined;
  return (
    <ValueTextField
      {...field}
      type="text"
      role="combobox"
      aria-expanded={open}
      aria-controls={listId}
      aria-autocomplete="list"
      aria-activedescendant={activeId}
      autoComplete="off"
      spellCheck={false}
      value={text}
      onChange={(next) => {
        setText(next);
        setOpen(true);
        setActive(-1);
        if (!clearOnSelect) onChange(resolve(next) ?? next);
      }}
      onKeyDown={onKeyDown}
      onFocus={() => setOpen(true)}
      onBlur={() => {
        setOpen(false);
        onBlur?.();
      }}
      around={(input) => (
        <div className="combobox">
          {input}
          {open ? (
            <ul id={listId} role="listbox" aria-label={field.label} className="combobox-list">
              {suggestions.length === 0 ? (
                <li className="combobox-empty" role="presentation">
                  {t('form.comboboxNoMatch')}
                </li>
              ) : (
                suggestions.map((option, index) => (
                  <li
                    key={option.code}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={index === active}
                    className={index === active ? 'combobox-option active' : 'combobox-option'}
                    // mousedown, not click: a click would blur the input first and close the list.
                    onMouseDown={(event) => {
                      event.preventDefault();
                      choose(option);
                    }}
                  >
                    {option.label}
                  </li>
                ))
              )}
            </ul>
          ) : null}
        </div>
      )}
    />
  );
}
