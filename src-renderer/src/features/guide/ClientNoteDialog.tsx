import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadable, useInvokeMutation, useInvokeQuery } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ValueSelectField, ValueTextField } from '../../components/ValueFields';
import type { AppErrorShape } from '@shared/errors';
import type { ClientNoteLanguage } from '@shared/schemas/client-notes';
import { GenerateDialog } from './GenerateDialog';

/** The one-page client note (issue 16): language pre-selected from the client's languages. */
export function ClientNoteDialog({
  caseId,
  onClose,
  onGenerated,
}: {
  caseId: string;
  onClose: () => void;
  onGenerated: () => void;
}) {
  const { t } = useTranslation();
  const langs = loadable(useInvokeQuery('clientNotes:languages', { caseId }));
  const generate = useInvokeMutation('clientNotes:generate');
  const [chosen, setChosen] = useState<ClientNoteLanguage | null>(null);
  const [phone, setPhone] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const language = chosen ?? (langs.kind === 'ready' ? langs.value.suggested : null);

  const submit = async (): Promise<void> => {
    if (!language) return;
    setBusy(true);
    setError(null);
    const result = await generate({ caseId, language, ...(phone.trim() ? { lawyerPhone: phone.trim() } : {}) });
    setBusy(false);
    if (result.ok) onGenerated();
    else setError(result.error);
  };

  return (
    <GenerateDialog
      title={t('guide.clientNote.title')}
      testId="client-note-dialog"
      generateLabel={t('guide.clientNote.generate')}
      disabled={busy || !language}
      onGenerate={() => void submit()}
      onClose={onClose}
    >
      <p className="case-subtle">{t('guide.clientNote.intro')}</p>
      {langs.kind === 'ready' ? (
        <ValueSelectField
          label={t('guide.clientNote.language')}
          className=""
          value={language ?? ''}
          onChange={setChosen}
          options={langs.value.languages.map((l) => ({
            value: l.code,
            label: `${t(`guide.clientNote.languages.${l.code}`)}${l.reviewed ? '' : ` (${t('guide.clientNote.notReviewed')})`}`,
          }))}
        />
      ) : null}
      <ValueTextField
        label={t('guide.clientNote.phone')}
        className=""
        type="tel"
        maxLength={40}
        value={phone}
        onChange={setPhone}
      />
      <ErrorMessage error={langs.kind === 'error' ? langs.error : error} />
    </GenerateDialog>
  );
}
