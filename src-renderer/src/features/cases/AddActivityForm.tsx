import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { ACTIVITY_KINDS } from '@shared/schemas/casefile-views';
import type { EntryFormProps } from './addForm';
import { EntryForm, useCaseEntryForm } from './EntryForm';
import { FormDateField } from '../../components/FormDateField';
import { choicesOf, SelectField, TextAreaField, TextField } from '../../components/FormInputs';
import { activityForm } from './timelineSchemas';
import { localCivilDate } from '../../components/format';

export interface ActivityValues {
  kind: string;
  occurredOn: string;
  durationMinutes: string;
  summary: string;
}

export function AddActivityForm(props: EntryFormProps<ActivityValues>) {
  const { t } = useTranslation();
  const { form, entry, errorAt } = useCaseEntryForm({
    ...props,
    schemaFor: activityForm,
    add: useInvokeMutation('activities:add'),
    update: useInvokeMutation('activities:update'),
    defaults: { kind: 'call', occurredOn: localCivilDate(), durationMinutes: '', summary: '' },
    focus: 'kind',
    fields: ['kind', 'occurredOn', 'durationMinutes', 'summary'],
    labels: { add: t('timeline.addActivity'), edit: t('casework.edit.activity'), submit: t('timeline.saveActivity') },
  });
  const { register } = form;

  return (
    <EntryForm {...entry}>
      <div className="case-form-grid">
        <SelectField
          label={t('timeline.activityKind')}
          error={errorAt('kind')}
          registration={register('kind')}
          className="case-select"
          choices={choicesOf(ACTIVITY_KINDS, (kind) => t(`activityKinds.${kind}`))}
        />
        <FormDateField
          control={form.control}
          name="occurredOn"
          label={t('timeline.occurredOn')}
          hint={t('cases.dateHint')}
          error={errorAt('occurredOn')}
        />
        <TextField
          label={t('timeline.duration')}
          hint={t('timeline.durationHint')}
          error={errorAt('durationMinutes')}
          registration={register('durationMinutes')}
          className="input-short"
        />
      </div>
      <TextAreaField
        label={t('timeline.summary')}
        error={errorAt('summary')}
        registration={register('summary')}
        className="case-textarea"
      />
    </EntryForm>
  );
}
