import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { validationMessage } from './validation';

/**
 * A labelled control with its hint and error, announced together. A copy of the shared Field
 * (owned by another team) that takes an error *code* and translates it, because every error on
 * case forms comes from the shared schemas as a code.
 */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FormFieldProps {
  label: string;
  hint?: string | undefined;
  /** A validation code such as `date.inFuture`; translated here. */
  errorCode?: string | undefined;
  className?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

export function FormField({ label, hint, errorCode, className, children }: FormFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, errorCode ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': errorCode ? true : undefined })}
      {errorCode ? (
        <p className="field-error" id={errorId} role="alert">
          {validationMessage(t, errorCode)}
        </p>
      ) : null}
    </div>
  );
}

/** A checkbox reads best with its label after it, so it gets its own small wrapper. */
export function CheckboxField({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="case-checkbox">
      {children(id)}
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
