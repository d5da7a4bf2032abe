import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadable, useInvokeMutation, useInvokeQuery } from '../../api/query';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { formatDate } from '../../components/format';
import { validationMessage } from '../../components/validationMessage';
import type { AppErrorShape } from '@shared/errors';
import type { PetitionField } from '@shared/schemas/petitions';

interface Props {
  caseId: string;
  onClose: () => void;
  onGenerated: (versionNo: number) => void;
}

/**
 * Petition drafts from the case (issue 16): choose a template, see what the case already gives
 * and what is missing, type the missing values, and save the draft as a document of the case.
 */
export function PetitionDialog({ caseId, onClose, onGenerated }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const templates = loadable(useInvokeQuery('petitions:templates', { caseId }));
  const [templateId, setTemplateId] = useState<string | null>(null);
  const prepared = loadable(useInvokeQuery('petitions:prepare', templateId ? { caseId, templateId } : null));
  const generate = useInvokeMutation('petitions:generate');
  const [values, setValues] = useState<Partial<Record<PetitionField, string>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<string, string>>>({});

  const submit = async (): Promise<void> => {
    if (!templateId) return;
    setBusy(true);
    setError(null);
    setFieldErrors({});
    const typed = Object.fromEntries(Object.entries(values).filter(([, v]) => v?.trim()));
    const result = await generate({ caseId, templateId, values: typed });
    setBusy(false);
    if (result.ok) {
      onGenerated(result.value.versionNo);
      return;
    }
    if (result.error.code === 'VALIDATION') {
      const byField: Record<string, string> = {};
      for (const detail of result.error.details ?? []) {
        const [path, code] = detail.split(':');
        const field = path?.replace(/^values\./, '');
        if (field && code) byField[field] = validationMessage(t, code);
      }
      if (Object.keys(byField).length > 0) {
        setFieldErrors(byField);
        return;
      }
    }
    setError(result.error);
  };

  const body = () => {
    if (templates.kind !== 'ready') return <ErrorMessage error={templates.kind === 'error' ? templates.error : null} />;
    return (
      <>
        <p className="case-subtle">{t('guide.petitions.intro')}</p>
        <fieldset className="guide-templates">
          <legend>{t('guide.petitions.template')}</legend>
          {templates.value.templates.map((tpl) => (
            <label key={tpl.id} className="guide-template-option">
              <input
                type="radio"
                name="petition-template"
                value={tpl.id}
                checked={templateId === tpl.id}
                onChange={() => {
                  setTemplateId(tpl.id);
                  setValues({});
                  setFieldErrors({});
                }}
              />{' '}
              {en ? tpl.titleEn : tpl.titleTr}
            </label>
          ))}
        </fieldset>
        {prepared.kind === 'error' ? <ErrorMessage error={prepared.error} /> : null}
        {prepared.kind === 'ready' ? (
          <>
            <p className="case-subtle">
              {t('guide.basis')}: {en ? prepared.value.template.legalBasisEn : prepared.value.template.legalBasisTr}
            </p>
            <h3 className="guide-dialog-heading">{t('guide.petitions.fromCase')}</h3>
            <dl className="guide-known">
              {prepared.value.fields
                .filter((f) => f.value !== null)
                .map((f) => (
                  <div key={f.field}>
                    <dt>{t(`guide.petitions.fields.${f.field}`)}</dt>
                    <dd>{f.date ? formatDate(f.value) : f.value}</dd>
                  </div>
                ))}
            </dl>
            {prepared.value.missing.length > 0 ? (
              <>
                <h3 className="guide-dialog-heading">
                  {t('guide.petitions.missing', { count: prepared.value.missing.length })}
                </h3>
                <div className="stack" data-testid="petition-missing">
                  {prepared.value.fields
                    .filter((f) => f.value === null)
                    .map((f) =>
                      f.date ? (
                        <DateField
                          key={f.field}
                          label={t(`guide.petitions.fields.${f.field}`)}
                          value={values[f.field] ?? ''}
                          error={fieldErrors[f.field]}
                          onChange={(v) => setValues((old) => ({ ...old, [f.field]: v }))}
                        />
                      ) : (
                        <Field
                          key={f.field}
                          label={t(`guide.petitions.fields.${f.field}`)}
                          error={fieldErrors[f.field]}
                        >
                          {(control) => (
                            <input
                              {...control}
                              type="text"
                              maxLength={500}
                              value={values[f.field] ?? ''}
                              onChange={(e) => setValues((old) => ({ ...old, [f.field]: e.target.value }))}
                            />
                          )}
                        </Field>
                      ),
                    )}
                </div>
              </>
            ) : null}
            <p className="guide-draft-warning">{t('guide.petitions.draftWarning')}</p>
          </>
        ) : null}
        <ErrorMessage error={error} />
      </>
    );
  };

  return (
    <Dialog
      title={t('guide.petitions.title')}
      onClose={onClose}
      testId="petition-dialog"
      actions={
        <>
          <button
            type="button"
            className="button button-primary"
            disabled={busy || prepared.kind !== 'ready'}
            onClick={() => void submit()}
          >
            {t('guide.petitions.generate')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('guide.petitions.cancel')}
          </button>
        </>
      }
    >
      {body()}
    </Dialog>
  );
}
