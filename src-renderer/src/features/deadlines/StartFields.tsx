import { useId } from 'react';
import { useController, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import type { Bound } from '../../components/FormCodePickers';
import { ValueRadios, optionsOf } from '../../components/ValueFields';
import { RECESS_CHOICES } from '@shared/schemas/deadlines';
import { runsFromDetention, type StartValues } from './startValues';
import type { DeadlineRuleView } from './types';

interface Props {
  rule: DeadlineRuleView | undefined;
  value: StartValues;
  onChange: (value: StartValues) => void;
  /** Translated messages by field. */
  errors: Partial<Record<keyof StartValues, string | undefined>>;
}

/**
 * How the clock started, the same in "Add deadline" and quick intake: hand or post notification
 * vs e-notification with its delivery and opening dates; for a detention maximum the day
 * detention began; and, where the recess can extend the period, whether the court takes it.
 */
export function StartFields({ rule, value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const name = useId();
  const set = (patch: Partial<StartValues>) => onChange({ ...value, ...patch });
  // The day the clock starts from, named by how it started.
  const startDate = (label: string, hint: string) => (
    <DateField label={label} hint={hint} value={value.date} error={errors.date} onChange={(date) => set({ date })} />
  );
  if (runsFromDetention(rule)) {
    return (
      <div className="start-fields">
        {startDate(t('deadlines.dialog.startedOn'), t('deadlines.dialog.startedOnHint'))}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={value.orderDateOnly}
            onChange={(event) => set({ orderDateOnly: event.target.checked })}
          />
          {t('deadlines.dialog.orderDateOnly')}
        </label>
      </div>
    );
  }
  const electronic = value.kind === 'e-notification';
  return (
    <div className="start-fields">
      <fieldset className="deadline-start">
        <legend className="field-label">{t('deadlines.dialog.startKind')}</legend>
        <ValueRadios
          name={`${name}-kind`}
          value={value.kind}
          onChange={(kind) => set({ kind })}
          options={optionsOf(['notification', 'e-notification'] as const, (kind) =>
            t(kind === 'notification' ? 'deadlines.dialog.startNotification' : 'deadlines.dialog.startENotification'),
          )}
        />
      </fieldset>
      {electronic
        ? startDate(t('deadlines.dialog.deliveredOn'), t('deadlines.dialog.deliveredHint'))
        : startDate(t('deadlines.dialog.notifiedOn'), t('deadlines.dialog.dateHint'))}
      {electronic ? (
        <DateField
          label={t('deadlines.dialog.openedOn')}
          hint={t('deadlines.dialog.openedHint')}
          value={value.openedOn}
          error={errors.openedOn}
          onChange={(openedOn) => set({ openedOn })}
        />
      ) : null}
      {rule?.judicialRecess === 'extends' ? (
        <fieldset className="recess-choice" data-testid="recess-choice">
          <legend className="field-label">{t('deadlines.dialog.recess')}</legend>
          <p className="field-hint">{t('deadlines.dialog.recessHint')}</p>
          <ValueRadios
            name={`${name}-recess`}
            value={value.recess}
            onChange={(recess) => set({ recess })}
            options={optionsOf(RECESS_CHOICES, (choice) => t(`deadlines.dialog.recessOptions.${choice}`))}
          />
        </fieldset>
      ) : null}
    </div>
  );
}

/**
 * StartFields bound to a react-hook-form field holding StartValues ("Add deadline", quick intake);
 * `errorAt` translates the errors at `<name>.date` and `<name>.openedOn`.
 */
export function FormStartFields<T extends FieldValues, TTransformed>({
  control,
  name,
  rule,
  errorAt,
}: Bound<T, TTransformed> & { rule: DeadlineRuleView | undefined; errorAt: (path: string) => string | undefined }) {
  const { field } = useController({ control, name });
  return (
    <StartFields
      rule={rule}
      value={field.value}
      onChange={field.onChange}
      errors={{ date: errorAt(`${name}.date`), openedOn: errorAt(`${name}.openedOn`) }}
    />
  );
}
