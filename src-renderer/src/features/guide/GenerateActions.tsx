import { useTranslation } from 'react-i18next';

/** The actions of the guide's generating dialogs (petition draft, client note): Generate, then Cancel. */
export function GenerateActions({
  label,
  disabled,
  onGenerate,
  onCancel,
}: {
  label: string;
  disabled: boolean;
  onGenerate: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button button-primary" disabled={disabled} onClick={onGenerate}>
        {label}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('guide.petitions.cancel')}
      </button>
    </>
  );
}
