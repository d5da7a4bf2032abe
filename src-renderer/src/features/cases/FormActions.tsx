import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';

interface Props {
  submitLabel: string;
  submitting: boolean;
  /** Field errors are on the fields; this sentence at the buttons says why nothing happened. */
  invalid: boolean;
  error: AppErrorShape | null;
  onCancel: () => void;
}

export function FormActions({ submitLabel, submitting, invalid, error, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {invalid ? (
        <p className="field-error" role="alert">
          {t('timeline.fixErrors')}
        </p>
      ) : null}
      {error && error.code !== 'VALIDATION' ? <ErrorMessage error={error} /> : null}
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={submitting || undefined}>
          {submitting ? t('timeline.saving') : submitLabel}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('timeline.cancel')}
        </button>
      </div>
    </>
  );
}
