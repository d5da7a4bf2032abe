import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { ACTIVITY_KINDS } from '@shared/schemas/casefile-views';
import type { EntryFormProps } from './addForm';
import { activityForm, type FormValues } from './timelineSchemas';
import { DurationField, EntryForm, useCaseEntryForm } from './EntryForm';
import { FormDateField } from '../../components/FormDateField';
import { SelectField, TextAreaField } from '../../components/FormInputs';
import { optionsOf } from '../../components/ValueFields';
import { localCivilDate } from '../../components/format';

export function AddActivityForm(props: EntryFormProps<FormValues<typeof activityForm>>) {
  const { t } = useTranslation();
  const { entry, bind } = useCaseEntryForm({
    ...props,
    schemaFor: activityForm,
    add: useInvokeMutation('activities:add'),
    update: useInvokeMutation('activities:update'),
    defaults: { kind: 'call', occurredOn: localCivilDate(), durationMinutes: '', summary: '' },
    focus: 'kind',
    labels: { add: t('timeline.addActivity'), edit: t('casework.edit.activity'), submit: t('timeline.saveActivity') },
  });

  return (
    <EntryForm {...entry}>
      <div className="case-form-grid">
        <SelectField
          label={t('timeline.activityKind')}
          {...bind.field('kind')}
          className="case-select"
          choices={optionsOf(ACTIVITY_KINDS, (kind) => t(`activityKinds.${kind}`))}
        />
        <FormDateField label={t('timeline.occurredOn')} hint={t('cases.dateHint')} {...bind.control('occurredOn')} />
        <DurationField
          label={t('timeline.duration')}
          hint={t('timeline.durationHint')}
          {...bind.field('durationMinutes')}
        />
      </div>
      <TextAreaField label={t('timeline.summary')} {...bind.field('summary')} className="case-textarea" />
    </EntryForm>
  );
}
