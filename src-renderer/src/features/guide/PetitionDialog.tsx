import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { loadable, useInvokeMutation, useInvokeQuery } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { FormDateField } from '../../components/FormDateField';
import { formatDate } from '../../components/format';
import { applyServerErrors } from '../../components/serverErrors';
import { validationMessage } from '../../components/validationMessage';
import type { AppErrorShape } from '@shared/errors';
import type { PetitionField } from '@shared/schemas/petitions';
import { GenerateDialog } from './GenerateDialog';
import { petitionFormSchema, type PetitionFormValues } from './petitionForm';

interface Props {
  caseId: string;
  onClose: () => void;
  onGenerated: (versionNo: number) => void;
}

/**
 * Petition drafts from the case (issue 16): choose a template, see what the case already gives
 * and what is missing, type the missing values, and save the draft as a document of the case.
 * The typed values are a react-hook-form form checked with zod (every missing field required,
 * dates whole days) before anything is sent; the backend's VALIDATION details land on the same fields.
 */
export function PetitionDialog({ caseId, onClose, onGenerated }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const templates = loadable(useInvokeQuery('petitions:templates', { caseId }));
  const [templateId, setTemplateId] = useState<string | null>(null);
  const prepared = loadable(useInvokeQuery('petitions:prepare', templateId ? { caseId, templateId } : null));
  const generate = useInvokeMutation('petitions:generate');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const formId = useId();
  const missing = useMemo(
    () => (prepared.kind === 'ready' ? prepared.value.fields.filter((f) => f.value === null) : []),
    [prepared],
  );
  const schema = useMemo(() => petitionFormSchema(missing), [missing]);
  const form = useForm<PetitionFormValues>({ resolver: zodResolver(schema), defaultValues: { values: {} } });
  const { register, control, handleSubmit, formState, reset, setError: setFieldError } = form;
  const fieldError = (field: PetitionField): string | undefined => {
    const code = formState.errors.values?.[field]?.message;
    return code ? validationMessage(t, code) : undefined;
  };

  const submit = handleSubmit(async ({ values }) => {
    if (!templateId) return;
    setError(null);
    const typed = Object.fromEntries(Object.entries(values).filter(([, v]) => v?.trim()));
    const result = await generate({ caseId, templateId, values: typed });
    if (result.ok) {
      onGenerated(result.value.versionNo);
      return;
    }
    const { placed } = applyServerErrors(result.error, setFieldError, {
      fieldOf: (path) => (path.startsWith('values.') ? (path as `values.${PetitionField}`) : undefined),
    });
    if (placed === 0) setError(result.error);
  });

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
                  reset({ values: {} });
                  setError(null);
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
                <form
                  id={formId}
                  className="stack"
                  data-testid="petition-missing"
                  noValidate
                  onSubmit={(event) => void submit(event)}
                >
                  {missing.map((f) =>
                    f.date ? (
                      <FormDateField
                        key={f.field}
                        control={control}
                        name={`values.${f.field}`}
                        label={t(`guide.petitions.fields.${f.field}`)}
                        error={fieldError(f.field)}
                      />
                    ) : (
                      <Field key={f.field} label={t(`guide.petitions.fields.${f.field}`)} error={fieldError(f.field)}>
                        {(c) => <input {...c} type="text" maxLength={500} {...register(`values.${f.field}`)} />}
                      </Field>
                    ),
                  )}
                </form>
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
    <GenerateDialog
      title={t('guide.petitions.title')}
      testId="petition-dialog"
      generateLabel={t('guide.petitions.generate')}
      disabled={formState.isSubmitting || prepared.kind !== 'ready'}
      onGenerate={() => void submit()}
      onClose={onClose}
    >
      {body()}
    </GenerateDialog>
  );
}
