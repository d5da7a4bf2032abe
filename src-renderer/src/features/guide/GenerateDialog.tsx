import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

interface Props {
  title: string;
  testId: string;
  generateLabel: string;
  /** Nothing to generate from yet, or generating. */
  disabled: boolean;
  onGenerate: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** The frame of the guide's generating dialogs (petition draft, client note): Generate, then Cancel. */
export function GenerateDialog({ title, testId, generateLabel, disabled, onGenerate, onClose, children }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      testId={testId}
      actions={
        <>
          <button type="button" className="button button-primary" disabled={disabled} onClick={onGenerate}>
            {generateLabel}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('guide.petitions.cancel')}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
