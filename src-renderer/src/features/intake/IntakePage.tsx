import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useNavigation, useUnsavedChangesGuard } from '../../app/navigation';
import { FormDateField } from '../../components/FormDateField';
import { FormSection, SelectField, TextField } from '../../components/FormInputs';
import { optionsOf } from '../../components/ValueFields';
import { localCivilDate } from '../../components/format';
import { IDENTITY_KINDS } from '@shared/identity-numbers';
import type { ChannelInput } from '@shared/contract';
import type { AppErrorShape } from '@shared/errors';
import { CASE_TYPES } from '@shared/schemas/cases';
import { currentLanguage } from '../../i18n';
import { PreviewPanel } from '../deadlines/PreviewPanel';
import { FormStartFields } from '../deadlines/StartFields';
import { startFrom, startIssues } from '../deadlines/startValues';
import { useKeyedFieldBinder } from '../casework/useKeyedFieldBinder';
import { useCaseTypeRules } from '../deadlines/useCaseTypeRules';
import { usePreview } from '../deadlines/usePreview';
import { ClientCoreFields, type ClientForm } from '../clients/ClientCoreFields';
import { useFieldBinder } from '../../components/useFieldBinder';
import { applyServerErrors } from '../../components/serverErrors';
import { ClientFormActions } from '../clients/ClientFormActions';
import { ConflictPanel } from './ConflictPanel';
import { FamilyPicker } from './FamilyPicker';
import { EMPTY_INTAKE_FORM, intakeFormSchema, type IntakeFormValues, type IntakeOutput } from './intakeForm';
import { useConflictCheck, type ConflictCandidate } from './useConflictCheck';
import './intake.css';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Quick intake: a new client and their first case in one short form, with the conflict check
 * running as the lawyer types. Saving calls `intake:create` and opens the new case.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const nav = useNavigation();
  const today = useMemo(() => localCivilDate(), []);
  const schema = useMemo(() => intakeFormSchema(today), [today]);
  const form = useForm<IntakeFormValues, unknown, IntakeOutput>({
    resolver: zodResolver(schema),
    defaultValues: EMPTY_INTAKE_FORM,
    mode: 'onTouched',
  });
  const { register, control, handleSubmit, formState, setError, setValue, getValues } = form;
  // The shared client fields know only the client part of the values, which intake extends.
  const clientForm = form as unknown as ClientForm;
  const bind = useFieldBinder(form);
  const { errorAt } = bind;
  // The first deadline's start fields speak the deadline dialog's message keys.
  const { errorAt: keyedErrorAt } = useKeyedFieldBinder(form);
  const [failure, setFailure] = useState<AppErrorShape | null>(null);
  useUnsavedChangesGuard(formState.isDirty);

  const [givenName, familyName, dob, ids] = useWatch({
    control,
    name: ['givenName', 'familyName', 'dateOfBirth.date', 'identityNumbers'],
  });
  const candidate: ConflictCandidate = {
    givenName: givenName.trim() || undefined,
    familyName: familyName.trim() || undefined,
    dateOfBirth: DATE_RE.test(dob) ? dob : undefined,
    identityNumbers: ids.filter((n) => n.value.trim() !== '').map((n) => ({ kind: n.kind, value: n.value.trim() })),
  };
  const conflicts = useConflictCheck(candidate);

  // The first deadline, computed and shown before saving exactly as in "Add deadline".
  const [caseType, firstRuleId, firstStart] = useWatch({ control, name: ['caseType', 'firstRuleId', 'firstStart'] });
  const typeRules = useCaseTypeRules(caseType);
  useEffect(() => {
    if (!typeRules) return;
    // A new case type proposes its own first rule.
    setValue('firstRuleId', typeRules.defaultRuleId ?? typeRules.rules[0]?.id ?? '');
  }, [typeRules, setValue]);
  const firstRule = typeRules?.rules.find((r) => r.id === firstRuleId);
  const preview = usePreview(firstRule ? firstRule.id : null, firstRule ? startFrom(firstStart, firstRule) : null, {
    recess: firstStart.recess,
  });

  /** The first deadline as previewed, or null when no date was given; throws on a bad date. */
  const firstDeadlineInput = (): ChannelInput<'intake:create'>['firstDeadline'] => {
    const { firstStart: start } = getValues();
    if (!firstRule || start.date.trim() === '') return undefined;
    const issues = startIssues(start, firstRule, today);
    issues.forEach((issue, index) =>
      setError(`firstStart.${issue.field}`, { message: issue.message }, { shouldFocus: index === 0 }),
    );
    const engineStart = startFrom(start, firstRule);
    if (issues.length > 0 || !engineStart) throw new Error('not saved');
    return { ruleId: firstRule.id, start: engineStart, recess: start.recess };
  };

  const save = handleSubmit(async (values) => {
    setFailure(null);
    const { caseType: type, otherClientIds, ...client } = values;
    const firstDeadline = firstDeadlineInput();
    const result = await invoke('intake:create', {
      client,
      case: { type, openedOn: today },
      otherClientIds,
      // Saved as previewed: rule, start and the court's recess.
      ...(firstDeadline ? { firstDeadline } : {}),
    });
    if (!result.ok) {
      // The first deadline's start is one of this form's fields; everything else is named as sent.
      const { placed } = applyServerErrors(result.error, setError, {
        fieldOf: (path) =>
          path.startsWith('firstDeadline.')
            ? path.includes('openedOn')
              ? 'firstStart.openedOn'
              : 'firstStart.date'
            : path === '(input)'
              ? undefined
              : (path as Path<IntakeFormValues>),
      });
      if (placed === 0) setFailure(result.error);
      throw new Error('not saved');
    }
    nav.setGuard(false);
    nav.navigate({ name: 'case', id: result.value.caseId });
  });

  /** The conflict panel's "same person": this case and its first deadline on that client, no new client. */
  const saveForClient = async (clientId: string): Promise<void> => {
    setFailure(null);
    const { caseType: type } = getValues();
    if (!type) {
      setError('caseType', { message: 'case.unknownType' }, { shouldFocus: true });
      return;
    }
    const firstDeadline = firstDeadlineInput();
    const result = await invoke('cases:createForClient', {
      clientId,
      case: { type: type as ChannelInput<'cases:createForClient'>['case']['type'], openedOn: today },
      ...(firstDeadline ? { firstDeadline } : {}),
    });
    if (!result.ok) return setFailure(result.error);
    nav.setGuard(false);
    nav.navigate({ name: 'case', id: result.value.caseId });
  };

  return (
    <section aria-labelledby="intake-title" className="intake-page">
      <div className="page-header">
        <h1 id="intake-title" className="page-title">
          {t('intake.title')}
        </h1>
      </div>
      <p className="lead">{t('intake.intro')}</p>
      <div className="intake-layout">
        <form className="form" noValidate onSubmit={(event) => void save(event).catch(() => undefined)}>
          <FormSection legend={t('intake.personTitle')}>
            <ClientCoreFields form={clientForm} autoFocus />
            <FormDateField
              control={control}
              name="dateOfBirth.date"
              label={t('form.dateOfBirth')}
              hint={t('persons.birthDateHint')}
              allowYear
              error={errorAt('dateOfBirth.date') ?? errorAt('dateOfBirth.year') ?? errorAt('dateOfBirth')}
            />
            <div className="form-row">
              <SelectField
                label={t('form.identityKind')}
                registration={register('identityNumbers.0.kind')}
                choices={optionsOf(IDENTITY_KINDS, (k) => t(`form.identityKinds.${k}`))}
              />
              <TextField
                label={t('form.identityValue')}
                error={errorAt('identityNumbers.0.value') ?? errorAt('identityNumbers.0')}
                registration={register('identityNumbers.0.value')}
                className="input-mono"
                autoComplete="off"
              />
            </div>
          </FormSection>
          <FormSection legend={t('intake.caseTitle')}>
            <SelectField
              label={t('form.caseType')}
              {...bind.field('caseType')}
              placeholder={t('form.choose')}
              choices={optionsOf(CASE_TYPES, (c) => t(`caseTypes.${c}`))}
            />
          </FormSection>
          <FormSection legend={t('intakeDeadline.title')} testId="intake-deadline">
            {caseType === '' ? (
              <p className="field-hint">{t('intakeDeadline.chooseType')}</p>
            ) : typeRules && typeRules.rules.length === 0 ? (
              <p className="field-hint">{t('intakeDeadline.noRule')}</p>
            ) : (
              <>
                <p className="field-hint">{t('intakeDeadline.intro')}</p>
                <SelectField
                  label={t('intakeDeadline.rule')}
                  registration={register('firstRuleId')}
                  choices={(typeRules?.rules ?? []).map((r) => ({
                    value: r.id,
                    label: lang === 'en' ? r.nameEn : r.nameTr,
                  }))}
                />
                <FormStartFields control={control} name="firstStart" rule={firstRule} errorAt={keyedErrorAt} />
                <PreviewPanel state={preview} />
              </>
            )}
          </FormSection>
          <Controller
            control={control}
            name="family"
            render={({ field }) => <FamilyPicker value={field.value} onChange={field.onChange} />}
          />
          <ClientFormActions
            formState={formState}
            failure={failure}
            texts="intake"
            onCancel={() => nav.back({ name: 'clients' })}
          />
        </form>
        <aside className="intake-aside">
          <ConflictPanel
            state={conflicts}
            onOpenClient={(id) => nav.navigate({ name: 'client', id })}
            onNewCaseFor={(id) => void saveForClient(id).catch(() => undefined)}
          />
        </aside>
      </div>
    </section>
  );
}
