/** A chip in a `chip-list` with its × button: a chosen value, a family member, an active filter. */
export function RemovableChip({
  label,
  removeLabel,
  active = false,
  onRemove,
}: {
  label: string;
  /** The button's accessible name ("Remove …"): × alone says nothing to a screen reader. */
  removeLabel: string;
  active?: boolean;
  onRemove: () => void;
}) {
  return (
    <li className={active ? 'chip chip-active' : 'chip'}>
      <span>{label}</span>
      <button type="button" className="chip-remove" aria-label={removeLabel} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}
