import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '@shared/errors';
import { useInvokeMutation } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ValueSelectField, optionsOf } from '../../components/ValueFields';
import { currentLanguage } from '../../i18n';

interface ExportClientDataDialogProps {
  clientId: string;
  onCancel: () => void;
  /** Written: the sentence to show on the client page. */
  onDone: (message: string) => void;
}

/**
 * "Export this client's data" (KVKK art. 11, issue 17): a warning first, then the main process's
 * save dialog (`clientExport:save`); the PDF, the JSON and (when ticked) the documents folder are
 * written next to the chosen name. A closed save dialog keeps this dialog open.
 */
export function ExportClientDataDialog({ clientId, onCancel, onDone }: ExportClientDataDialogProps) {
  const { t } = useTranslation();
  const save = useInvokeMutation('clientExport:save');
  const [withDocuments, setWithDocuments] = useState(false);
  const [language, setLanguage] = useState<'tr' | 'en'>(currentLanguage());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    const result = await save({ clientId, withDocuments, language });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (!result.value.saved) return;
    onDone(t('clientData.saved', { cases: String(result.value.cases), documents: String(result.value.documents) }));
  };

  return (
    <Dialog
      title={t('clientData.title')}
      onClose={onCancel}
      testId="client-export-dialog"
      actions={
        <>
          <button type="button" className="button button-quiet" onClick={onCancel} disabled={busy}>
            {t('clientData.cancel')}
          </button>
          <button type="button" className="button button-primary" onClick={() => void run()} disabled={busy}>
            {busy ? t('clientData.saving') : t('clientData.confirm')}
          </button>
        </>
      }
    >
      <div className="stack">
        <p>{t('clientData.warning')}</p>
        <p className="notice">{t('clientData.care')}</p>
        <label className="checkbox">
          <input type="checkbox" checked={withDocuments} onChange={(e) => setWithDocuments(e.target.checked)} />{' '}
          {t('clientData.withDocuments')}
        </label>
        <ValueSelectField
          label={t('clientData.language')}
          value={language}
          onChange={setLanguage}
          options={optionsOf(['tr', 'en'] as const, (l) => t(`clientData.${l}`))}
        />
        {error ? (
          error.code === 'CONFLICT' ? (
            <p className="error-message" role="alert">
              {t('clientData.exists')}
            </p>
          ) : (
            <ErrorMessage error={error} />
          )
        ) : null}
      </div>
    </Dialog>
  );
}
