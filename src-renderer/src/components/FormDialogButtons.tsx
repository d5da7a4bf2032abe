/**
 * The actions of a dialog whose body is a form: Cancel (quiet), then the primary button that
 * submits the form by its id. While saving it is aria-disabled, so it keeps its focus.
 */
export function FormDialogButtons({
  form,
  cancelLabel,
  onCancel,
  submitLabel,
  busy = false,
}: {
  form: string;
  cancelLabel: string;
  onCancel: () => void;
  submitLabel: string;
  busy?: boolean;
}) {
  return (
    <>
      <button type="button" className="button button-quiet" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" form={form} className="button button-primary" aria-disabled={busy || undefined}>
        {submitLabel}
      </button>
    </>
  );
}
