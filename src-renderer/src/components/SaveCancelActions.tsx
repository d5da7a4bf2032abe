/**
 * A form's submit and cancel buttons. The submit button says it is saving while the form works
 * and stays focusable then (aria-disabled, not disabled), so keyboard users keep their place.
 */
export interface SaveCancelProps {
  className?: string;
  saving: boolean;
  saveLabel: string;
  savingLabel: string;
  cancelLabel: string;
  onCancel: () => void;
}

export function SaveCancelActions({
  className = 'actions',
  saving,
  saveLabel,
  savingLabel,
  cancelLabel,
  onCancel,
}: SaveCancelProps) {
  return (
    <div className={className}>
      <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
        {saving ? savingLabel : saveLabel}
      </button>
      <button type="button" className="button button-quiet" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
