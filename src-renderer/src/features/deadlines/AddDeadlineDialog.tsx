import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation, useInvokeQuery } from '../../api/query';
import { Field } from '../../components/Field';
import { FormDateField } from '../../components/FormDateField';
import { localCivilDate } from '../../components/format';
import type { RecessChoice } from '@shared/schemas/deadlines';
import { currentLanguage } from '../../i18n';
import {
  deadlineFormSchema,
  emptyDeadlineForm,
  MANUAL,
  type DeadlineAddInput,
  type DeadlineFormValues,
} from './deadlineForm';
import { DeadlineFormDialog } from './DeadlineFormDialog';
import { PreviewPanel } from './PreviewPanel';
import { FormStartFields } from './StartFields';
import { startFrom } from './startValues';
import type { DeadlineRuleView } from './types';
import { usePreview } from './usePreview';
import { useKeyedFieldBinder } from '../casework/useKeyedFieldBinder';

interface Props {
  caseId: string;
  caseType: string;
  /** The case's court and the recess (İYUK 61(1)); the default of the recess choice. */
  courtRecess?: RecessChoice | undefined;
  rules: DeadlineRuleView[];
  onSaved: () => void;
  onClose: () => void;
}

/**
 * Rules with a period can be computed; the others (detention review, Rule 39) are tasks with no
 * time limit. A remedy that does not exist for the case type (istinaf after a final judgment) is
 * never offered, even among all rules.
 */
export function computable(rules: readonly DeadlineRuleView[], caseType: string, showAll: boolean): DeadlineRuleView[] {
  return rules.filter(
    (r) =>
      r.period !== null &&
      !(r.unavailableFor as readonly string[]).includes(caseType) &&
      (showAll || r.caseTypes.includes(caseType)),
  );
}

/** Where a backend VALIDATION path lands in this form. */
function formPath(path: string): keyof DeadlineFormValues | 'start.date' | 'start.openedOn' | undefined {
  if (path === 'reason' || path === 'title' || path === 'dueOn') return path;
  if (path.startsWith('start.openedOn')) return 'start.openedOn';
  if (path.startsWith('start')) return 'start.date';
  if (path === 'ruleId') return 'ruleId';
  if (path === 'internalWorkingDays') return 'internalDays';
  return undefined;
}

export function AddDeadlineDialog({ caseId, caseType, courtRecess, rules, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const today = useMemo(() => localCivilDate(), []);
  const firstRule = computable(rules, caseType, false)[0]?.id ?? MANUAL;
  const schema = useMemo(() => deadlineFormSchema(rules, today), [rules, today]);
  const form = useForm<DeadlineFormValues, unknown, DeadlineAddInput>({
    resolver: zodResolver(schema),
    defaultValues: emptyDeadlineForm(firstRule, courtRecess ?? 'unsure', 2),
  });
  const { control, register, formState, setError, setValue, getValues } = form;
  const { errorAt } = useKeyedFieldBinder(form);

  // The lawyer's default margin comes from Settings; a value already typed is kept.
  const addDeadline = useInvokeMutation('deadlines:add');
  const defaultMargin = useInvokeQuery('settings:get', {}, { select: (v) => v.internalDeadlineWorkingDays }).data;
  useEffect(() => {
    if (defaultMargin !== undefined && !form.getFieldState('internalDays').isDirty)
      setValue('internalDays', String(defaultMargin));
  }, [defaultMargin, form, setValue]);
  // With nothing offered for the case type, start with every rule shown.
  useEffect(() => {
    if (firstRule !== MANUAL) return;
    const all = computable(rules, caseType, true);
    if (all.length === 0) return;
    setValue('showAll', true);
    setValue('ruleId', all[0]?.id ?? MANUAL);
    // Only on open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const [ruleId, showAll, start, override, internalDays] = useWatch({
    control,
    name: ['ruleId', 'showAll', 'start', 'override', 'internalDays'],
  });
  const options = useMemo(() => computable(rules, caseType, showAll), [rules, caseType, showAll]);
  const manual = ruleId === MANUAL;
  const rule = rules.find((r) => r.id === ruleId);
  const engineStart = manual ? null : startFrom(start, rule);
  const days = /^\d{1,2}$/.test(internalDays.trim()) ? Number(internalDays.trim()) : undefined;
  const preview = usePreview(manual ? null : ruleId, engineStart, {
    recess: start.recess,
    internalWorkingDays: days !== undefined && days <= 30 ? days : undefined,
  });
  const ruleUnsure = preview.kind === 'ready' && preview.preview.confidence === 'U';

  const e = formState.errors;
  // The last day: typed for a manual deadline, or overriding the computed one.
  const dueOnField = (label: string) => (
    <FormDateField
      control={control}
      name="dueOn"
      label={label}
      hint={t('deadlines.dialog.dateHint')}
      error={errorAt('dueOn')}
    />
  );

  const save = (input: DeadlineAddInput) => {
    // Basis uncertain: saving means the lawyer checked the rule (known only from the live preview).
    if (!manual && ruleUnsure && !getValues('confirmUnsure')) {
      setError('confirmUnsure', { message: 'deadlines.errors.confirmUnsure' }, { shouldFocus: true });
      return Promise.resolve(null);
    }
    return addDeadline({ caseId, ...input });
  };

  return (
    <DeadlineFormDialog
      title={t('deadlines.dialog.title')}
      testId="add-deadline-dialog"
      submitLabel={t('deadlines.dialog.save')}
      form={form}
      save={save}
      fieldOf={formPath}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Field label={t('deadlines.dialog.rule')} error={errorAt('ruleId')}>
        {(c) => (
          <select
            {...c}
            className="input"
            {...register('ruleId', { onChange: () => setValue('confirmUnsure', false) })}
          >
            {options.map((r) => (
              <option key={r.id} value={r.id}>
                {`${lang === 'en' ? r.nameEn : r.nameTr} — ${t('deadlines.confidenceLabel').toLocaleLowerCase(lang)}: ${t(`deadlines.confidence.${r.confidence}`)}`}
              </option>
            ))}
            <option value={MANUAL}>{t('deadlines.dialog.manualOption')}</option>
          </select>
        )}
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          {...register('showAll', {
            onChange: (event: { target: { checked: boolean } }) => {
              const next = computable(rules, caseType, event.target.checked);
              const current = getValues('ruleId');
              if (current !== MANUAL && !next.some((r) => r.id === current)) setValue('ruleId', next[0]?.id ?? MANUAL);
            },
          })}
        />
        {t('deadlines.dialog.showAll')}
      </label>
      {rule && !manual ? <p className="field-hint">{lang === 'en' ? rule.notesEn : rule.notesTr}</p> : null}

      {manual ? (
        <>
          <p className="field-hint">{t('deadlines.dialog.manualIntro')}</p>
          <Field label={t('deadlines.dialog.manualTitle')} error={errorAt('title')}>
            {(c) => <input {...c} className="input" maxLength={200} {...register('title')} />}
          </Field>
          {dueOnField(t('deadlines.dialog.manualDate'))}
        </>
      ) : (
        <>
          <FormStartFields control={control} name="start" rule={rule} errorAt={errorAt} />
          <PreviewPanel state={preview} />
          {ruleUnsure ? (
            <div className="field">
              <label className="checkbox confirm-unsure">
                <input
                  type="checkbox"
                  aria-invalid={e.confirmUnsure ? true : undefined}
                  {...register('confirmUnsure')}
                />
                {t('deadlines.dialog.confirmUnsure')}
              </label>
              {e.confirmUnsure ? (
                <p className="field-error" role="alert">
                  {errorAt('confirmUnsure')}
                </p>
              ) : null}
            </div>
          ) : null}
          <label className="checkbox">
            <input type="checkbox" {...register('override')} />
            {t('deadlines.dialog.override')}
          </label>
          {override ? dueOnField(t('deadlines.dialog.overrideDate')) : null}
        </>
      )}
      <Field
        label={t('deadlines.dialog.internalDays')}
        hint={t('deadlines.dialog.internalDaysHint')}
        error={errorAt('internalDays')}
      >
        {(c) => <input {...c} className="input input-tiny" inputMode="numeric" {...register('internalDays')} />}
      </Field>
      {manual || override ? (
        <Field label={t('deadlines.dialog.reason')} hint={t('deadlines.dialog.reasonHint')} error={errorAt('reason')}>
          {(c) => <textarea {...c} className="input textarea" rows={3} maxLength={1000} {...register('reason')} />}
        </Field>
      ) : null}
    </DeadlineFormDialog>
  );
}
