import { useId, type ReactNode } from 'react';

/**
 * A label tied to its control by id (not by wrapping: a wrapped select would put its chosen
 * option into its own name, "Rule No deadline", for screen readers and tests alike).
 */
export function LabeledField({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}
