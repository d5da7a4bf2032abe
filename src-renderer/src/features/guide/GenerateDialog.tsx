import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

type Props = Omit<ComponentProps<typeof Dialog>, 'actions'> & {
  generateLabel: string;
  /** Nothing to generate from yet, or generating. */
  disabled: boolean;
  onGenerate: () => void;
};

/** The frame of the guide's generating dialogs (petition draft, client note): Generate, then Cancel. */
export function GenerateDialog({ generateLabel, disabled, onGenerate, ...dialog }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      {...dialog}
      actions={
        <>
          <button type="button" className="button button-primary" disabled={disabled} onClick={onGenerate}>
            {generateLabel}
          </button>
          <button type="button" className="button" onClick={dialog.onClose}>
            {t('guide.petitions.cancel')}
          </button>
        </>
      }
    />
  );
}
