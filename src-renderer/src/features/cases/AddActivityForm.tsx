import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { ACTIVITY_KINDS } from '@shared/schemas/casefile-views';
import type { EntryFormProps } from './addForm';
import { EntryForm, useCaseEntryForm } from './EntryForm';
import { FormDateField } from '../../components/FormDateField';
import { choicesOf, SelectField, TextAreaField, TextField } from '../../components/FormInputs';
import { activityForm } from './timelineSchemas';
import { localCivilDate } from '../../components/format';

export type ActivityValues = z.input<ReturnType<typeof activityForm>>;

export function AddActivityForm(props: EntryFormProps<ActivityValues>) {
  const { t } = useTranslation();
  const { entry, bind } = useCaseEntryForm({
    ...props,
    schemaFor: activityForm,
    add: useInvokeMutation('activities:add'),
    update: useInvokeMutation('activities:update'),
    defaults: { kind: 'call', occurredOn: localCivilDate(), durationMinutes: '', summary: '' },
    focus: 'kind',
    fields: ['kind', 'occurredOn', 'durationMinutes', 'summary'],
    labels: { add: t('timeline.addActivity'), edit: t('casework.edit.activity'), submit: t('timeline.saveActivity') },
  });

  return (
    <EntryForm {...entry}>
      <div className="case-form-grid">
        <SelectField
          label={t('timeline.activityKind')}
          {...bind.field('kind')}
          className="case-select"
          choices={choicesOf(ACTIVITY_KINDS, (kind) => t(`activityKinds.${kind}`))}
        />
        <FormDateField label={t('timeline.occurredOn')} hint={t('cases.dateHint')} {...bind.control('occurredOn')} />
        <TextField
          label={t('timeline.duration')}
          hint={t('timeline.durationHint')}
          {...bind.field('durationMinutes')}
          className="input-short"
        />
      </div>
      <TextAreaField label={t('timeline.summary')} {...bind.field('summary')} className="case-textarea" />
    </EntryForm>
  );
}
