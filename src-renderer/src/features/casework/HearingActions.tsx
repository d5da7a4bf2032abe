import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { FormDateField } from '../../components/FormDateField';
import { SelectField, TextField } from '../../components/FormInputs';
import { optionsOf } from '../../components/ValueFields';
import type { ChannelOutput } from '@shared/contract';
import { HEARING_OUTCOMES } from '@shared/schemas/casework';
import { HEARING_KINDS } from '@shared/schemas/deadline-views';
import { showDateTime } from '../deadlines/dates';
import { TimeField } from '../deadlines/TimeField';
import { CaseForm } from './CaseForm';
import { hearingEditSchema, outcomeSchema, postponeSchema } from './hearingForms';
import { RecordActions } from './RecordActions';
import { useCaseForm } from './useCaseForm';
import type { Undo } from './useUndo';
import './casework.css';

type Hearing = ChannelOutput<'hearings:list'>['hearings'][number];
type Details = ChannelOutput<'hearings:details'>['hearings'][number];
type Form = 'postpone' | 'outcome' | 'edit';

interface Props {
  hearing: Hearing;
  details: Details | undefined;
  /** The section's Undo notice: a delete goes to the trash, an edit can be put back. */
  undo: Undo;
}

/**
 * What happens to a hearing after it is scheduled, on its row in the deadlines section:
 * postponed to a new date with the reason (the earlier dates are listed), its outcome recorded
 * and an interim decision's kesin süre created in the same step, corrected, deleted with undo.
 */
export function HearingActions({ hearing: h, details: d, undo }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Form | null>(null);
  const update = useInvokeMutation('hearings:update');
  const name = `${t(`hearings.kinds.${h.kind}`)} ${showDateTime(h.startsAt)}`;
  const toggle = (form: Form) => setOpen(open === form ? null : form);
  const done = (message: string) => {
    setOpen(null);
    undo.saved(message);
  };
  const fields = (x: Pick<Hearing, 'kind' | 'court' | 'hall' | 'fileNumber' | 'preparation'>) => ({
    kind: x.kind,
    court: x.court ?? '',
    hall: x.hall ?? '',
    fileNumber: x.fileNumber ?? '',
    preparation: x.preparation ?? '',
  });

  return (
    <div className="hearing-actions" data-testid="hearing-actions-item">
      {d?.outcome ? (
        <div className="casework-history">
          {t(`casework.hearings.outcomes.${d.outcome}`)}
          {d.outcomeNote ? ` — ${d.outcomeNote}` : ''}
        </div>
      ) : null}
      {d?.postponements.map((p) => (
        <div key={p.at} className="casework-history">
          {t('casework.hearings.history', { from: showDateTime(p.fromStartsAt), reason: p.reason })}
        </div>
      ))}
      <div className="casework-actions">
        {(['postpone', 'outcome'] as const).map((form) => (
          <button
            key={form}
            type="button"
            className="button button-small"
            aria-label={t(`casework.hearings.${form}Title`, { name })}
            aria-expanded={open === form}
            onClick={() => toggle(form)}
          >
            {t(`casework.hearings.${form}`)}
          </button>
        ))}
        <RecordActions
          name={name}
          editing={open === 'edit'}
          onEdit={() => toggle('edit')}
          onRemove={() => void undo.trash('hearing', h.id)}
        />
      </div>
      {open === 'postpone' ? (
        <PostponeForm
          hearing={h}
          title={t('casework.hearings.postponeTitle', { name })}
          onCancel={() => setOpen(null)}
          onSaved={() => done(t('casework.saved'))}
        />
      ) : null}
      {open === 'outcome' ? (
        <OutcomeForm
          hearing={h}
          title={t('casework.hearings.outcomeTitle', { name })}
          onCancel={() => setOpen(null)}
          onSaved={(created) => done(t(created ? 'casework.hearings.deadlineCreated' : 'casework.saved'))}
        />
      ) : null}
      {open === 'edit' ? (
        <HearingEditForm
          hearing={h}
          title={t('casework.edit.hearing')}
          onCancel={() => setOpen(null)}
          onSaved={(version) => {
            setOpen(null);
            undo.saved(t('casework.saved'), () => update({ id: h.id, version, ...fields(h) }));
          }}
        />
      ) : null}
    </div>
  );
}

function HearingEditForm({ hearing, title, onCancel, onSaved }: FormProps & { onSaved: (version: number) => void }) {
  const { t } = useTranslation();
  const update = useInvokeMutation('hearings:update');
  const { bind, save } = useCaseForm({
    schema: hearingEditSchema,
    defaults: {
      kind: hearing.kind,
      court: hearing.court ?? '',
      hall: hearing.hall ?? '',
      fileNumber: hearing.fileNumber ?? '',
    },
    focus: 'kind',
    call: (value) =>
      update({ id: hearing.id, version: hearing.version, ...value, preparation: hearing.preparation ?? '' }),
  });
  return (
    <CaseForm label={title} save={save} onSaved={(r) => onSaved(r.version)} onCancel={onCancel}>
      <SelectField
        label={t('hearings.kind')}
        {...bind.field('kind')}
        choices={optionsOf(HEARING_KINDS, (k) => t(`hearings.kinds.${k}`))}
      />
      <TextField label={t('hearings.court')} {...bind.field('court')} />
      <TextField label={t('hearings.hall')} {...bind.field('hall')} />
      <TextField label={t('hearings.fileNumber')} {...bind.field('fileNumber')} />
    </CaseForm>
  );
}

interface FormProps {
  hearing: Hearing;
  title: string;
  onCancel: () => void;
}

function PostponeForm({ hearing, title, onCancel, onSaved }: FormProps & { onSaved: () => void }) {
  const { t } = useTranslation();
  const postpone = useInvokeMutation('hearings:postpone');
  const { bind, save } = useCaseForm({
    schema: postponeSchema,
    defaults: { date: '', time: hearing.startsAt.slice(11, 16), reason: '' },
    focus: 'date',
    call: (value) => postpone({ id: hearing.id, version: hearing.version, ...value }),
  });
  return (
    <CaseForm label={title} save={save} onSaved={onSaved} onCancel={onCancel}>
      <FormDateField label={t('casework.hearings.newDate')} {...bind.control('date')} />
      <TimeField label={t('casework.hearings.newTime')} {...bind.field('time')} />
      <TextField label={t('casework.hearings.reason')} fieldClassName="span-2" {...bind.field('reason')} />
    </CaseForm>
  );
}

function OutcomeForm({ hearing, title, onCancel, onSaved }: FormProps & { onSaved: (created: boolean) => void }) {
  const { t } = useTranslation();
  const setOutcome = useInvokeMutation('hearings:setOutcome');
  const { form, bind, save } = useCaseForm({
    schema: outcomeSchema,
    defaults: {
      outcome: 'interim-decision',
      note: '',
      days: '',
      deadlineTitle: t('casework.hearings.deadlineDefaultTitle'),
    },
    focus: 'outcome',
    call: (value) => setOutcome({ id: hearing.id, version: hearing.version, ...value }),
  });
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  return (
    <CaseForm label={title} save={save} onSaved={(r) => onSaved(r.deadlineId !== null)} onCancel={onCancel}>
      <SelectField
        label={t('casework.hearings.outcomeLabel')}
        {...bind.field('outcome')}
        choices={optionsOf(HEARING_OUTCOMES, (o) => t(`casework.hearings.outcomes.${o}`))}
      />
      <TextField label={t('casework.hearings.note')} {...bind.field('note')} />
      {outcome === 'interim-decision' ? (
        <>
          <TextField label={t('casework.hearings.deadlineDays')} {...bind.field('days')} inputMode="numeric" />
          <TextField label={t('casework.hearings.deadlineTitle')} {...bind.field('deadlineTitle')} />
        </>
      ) : null}
    </CaseForm>
  );
}
