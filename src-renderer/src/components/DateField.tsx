import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { DayPicker } from 'react-day-picker';
import { enGB, tr } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import {
  formatDateInput,
  isoToLocalDate,
  localDateToIso,
  MAX_YEAR,
  MIN_YEAR,
  parseDateInput,
  type ParsedDate,
} from './dateInput';
import { ValueTextField } from './ValueFields';
import './DateField.css';

export interface DateFieldProps {
  label: string;
  hint?: string | undefined;
  /** Already translated (a schema's message); a typing error of the field itself wins over it. */
  error?: string | null | undefined;
  /**
   * `YYYY-MM-DD` for a date, `YYYY` for a year alone (with `allowYear`), '' for empty, or the
   * text as typed when it is not a date — then the form's schema refuses it and the field says why.
   */
  value: string;
  onChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
  /** A date of birth may be known as a year only. */
  allowYear?: boolean | undefined;
  name?: string | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  autoFocus?: boolean | undefined;
  className?: string | undefined;
}

function valueOf(parsed: ParsedDate, text: string): string {
  switch (parsed.kind) {
    case 'empty':
      return '';
    case 'date':
      return parsed.iso;
    case 'year':
      return parsed.year;
    case 'error':
      return text;
  }
}

const LOCALES = { tr, en: enGB } as const;

/**
 * The one date field of the app. Typed as gg.aa.yyyy (Turkish) or dd/mm/yyyy (English) — the
 * same day-first reading whatever the operating system's locale, unlike a native date input —
 * parsed strictly (a swapped, impossible or two-digit-year date is refused with a reason), and
 * echoed back in words ("1 Mart 2026 Pazar") so a slip is seen before saving. A calendar button
 * opens a month view (Monday first, month names in the UI language) from react-day-picker.
 */
export function DateField({ value, onChange, onBlur, allowYear, error, className, ...field }: DateFieldProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const id = useId();
  const echoId = `${id}-echo`;
  const popoverId = `${id}-calendar`;
  const toText = (iso: string) => formatDateInput(iso, lang);
  const [text, setText] = useState(() => toText(value));
  const [open, setOpen] = useState(false);
  const emitted = useRef(value);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // A value set from outside (a reset, a default, the calendar) replaces the text; our own
  // echo does not, so "1.3.2026" stays as typed until the field is left.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(formatDateInput(value, lang));
    }
  }, [value, lang]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: MouseEvent) => {
      if (wrapper.current && !wrapper.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const parsed = parseDateInput(text, { allowYear: allowYear });
  const emit = (next: string) => {
    emitted.current = next;
    onChange(next);
  };
  const ownError = parsed.kind === 'error' ? t(`dateField.errors.${parsed.error}`) : null;
  // Shown when the form reports the field (on submit, or on blur in onTouched forms), with the
  // field's own, more precise reason after the form's. Never on the field's own blur: a message
  // appearing there would move the button under a pointer already on its way to it.
  const shownError = error ? (ownError && ownError !== error ? `${error} ${ownError}` : error) : null;
  const echo =
    parsed.kind === 'date'
      ? new Intl.DateTimeFormat(lang === 'tr' ? 'tr-TR' : 'en-GB', {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(`${parsed.iso}T00:00:00Z`))
      : null;
  const selected = parsed.kind === 'date' ? isoToLocalDate(parsed.iso) : undefined;

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <ValueTextField
      {...field}
      error={shownError}
      fieldClassName={['date-field', className].filter(Boolean).join(' ')}
      describedBy={echo ? echoId : undefined}
      fieldRef={wrapper}
      className="input input-short"
      inputMode="numeric"
      autoComplete="off"
      placeholder={allowYear ? t('dateField.placeholderOrYear') : t('dateField.placeholder')}
      value={text}
      onChange={(next) => {
        setText(next);
        emit(valueOf(parseDateInput(next, { allowYear: allowYear }), next));
      }}
      onBlur={() => {
        // Show the canonical form once the lawyer has moved on: "1.3.2026" → "01.03.2026".
        if (parsed.kind === 'date') setText(toText(parsed.iso));
        onBlur?.();
      }}
      around={(input) => (
        <>
          <div className="date-field-row">
            {input}
            <button
              type="button"
              ref={button}
              className="button button-small date-field-button"
              // A name without the field's label: tests and screen readers find the field by its label alone.
              aria-label={t('dateField.openCalendar')}
              title={t('dateField.openCalendar')}
              aria-expanded={open}
              aria-controls={open ? popoverId : undefined}
              onClick={() => setOpen(!open)}
            >
              <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor">
                <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" />
                <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" />
              </svg>
            </button>
          </div>
          {echo ? (
            <p className="date-field-echo" id={echoId}>
              {echo}
            </p>
          ) : null}
          {open ? (
            <div
              id={popoverId}
              className="date-field-popover"
              role="dialog"
              aria-label={t('dateField.calendarLabel', { field: field.label })}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  event.stopPropagation();
                  close();
                }
              }}
            >
              <DayPicker
                mode="single"
                locale={LOCALES[lang]}
                weekStartsOn={1}
                captionLayout="dropdown"
                startMonth={new Date(MIN_YEAR, 0)}
                endMonth={new Date(MAX_YEAR, 11)}
                defaultMonth={selected ?? new Date()}
                selected={selected}
                autoFocus
                onSelect={(day) => {
                  if (!day) return;
                  const iso = localDateToIso(day);
                  setText(toText(iso));
                  emit(iso);
                  close();
                }}
              />
            </div>
          ) : null}
        </>
      )}
    />
  );
}
