import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/**
 * Nothing typed is lost silently: closing a dialog (Esc, Cancel) with something typed in it
 * asks first. The router's guard is not used: the modal already blocks the menu, and its one
 * page-wide flag belongs to the case page's own forms.
 */
export function useDismissGuard(dirty: boolean, onClose: () => void): { requestClose: () => void; prompt: ReactNode } {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const prompt = asking ? (
    <ConfirmDialog
      title={t('deadlines.discard.title')}
      confirmLabel={t('deadlines.discard.leave')}
      cancelLabel={t('deadlines.discard.stay')}
      onConfirm={() => {
        setAsking(false);
        onClose();
      }}
      onCancel={() => setAsking(false)}
      danger
      testId="discard-dialog"
    >
      <p>{t('deadlines.discard.body')}</p>
    </ConfirmDialog>
  ) : null;
  return { requestClose: () => (dirty ? setAsking(true) : onClose()), prompt };
}
