import { useTranslation } from 'react-i18next';

interface Props {
  /** What the buttons act on, for their accessible names ("Edit Call 03.12.2026"). */
  name: string;
  editing?: boolean;
  onEdit?: (() => void) | undefined;
  onRemove: () => void;
}

/** The Edit and Delete buttons every correctable record of a case shows (delete goes to the trash). */
export function RecordActions({ name, editing = false, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <span className="record-actions">
      {onEdit ? (
        <button
          type="button"
          className="button button-quiet button-small"
          aria-expanded={editing}
          aria-label={t('casework.editLabel', { name })}
          onClick={onEdit}
        >
          {t('casework.editButton')}
        </button>
      ) : null}
      <button
        type="button"
        className="button button-quiet button-small"
        aria-label={t('casework.removeLabel', { name })}
        onClick={onRemove}
      >
        {t('casework.remove')}
      </button>
    </span>
  );
}
