import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';

/** The error line and the Save / Cancel buttons every casework form ends with. */
export function FormEnd({ error, onCancel }: { error: AppErrorShape | null | undefined; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('casework.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('casework.cancel')}
        </button>
      </div>
    </>
  );
}
