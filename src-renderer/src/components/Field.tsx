import { useId, type ReactNode, type Ref } from 'react';

/** Props a control must spread so its label, hint and error are announced together. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  label: string;
  hint?: string | undefined;
  /** Already translated; shown in an alert so it is announced when it appears. */
  error?: string | null | undefined;
  /** Extra classes for the wrapper (a wider field, a field in a row). */
  className?: string | undefined;
  /** Ids of more descriptions the control renders itself (a date's echo in words), read after the hint. */
  describedBy?: string | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
  children: (control: FieldControlProps) => ReactNode;
}

export function Field({ label, hint, error, className, describedBy: more, ref, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, more, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'} ref={ref}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
