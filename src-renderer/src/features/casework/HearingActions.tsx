import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { ValueSelectField, ValueTextField, optionsOf } from '../../components/ValueFields';
import type { ChannelOutput } from '@shared/contract';
import { HEARING_KINDS } from '@shared/schemas/deadline-views';
import { parseTimeInput, showDateTime } from '../deadlines/dates';
import { CaseForm } from './CaseForm';
import { RecordActions } from './RecordActions';
import type { Undo } from './useUndo';
import './casework.css';

type Hearing = ChannelOutput<'hearings:list'>['hearings'][number];
type Details = ChannelOutput<'hearings:details'>['hearings'][number];
type Outcome = NonNullable<Details['outcome']>;
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
  const [kind, setKind] = useState(hearing.kind);
  const [court, setCourt] = useState(hearing.court ?? '');
  const [hall, setHall] = useState(hearing.hall ?? '');
  const [fileNumber, setFileNumber] = useState(hearing.fileNumber ?? '');
  const save = () =>
    update({
      id: hearing.id,
      version: hearing.version,
      kind,
      court,
      hall,
      fileNumber,
      preparation: hearing.preparation ?? '',
    });
  return (
    <CaseForm label={title} save={save} onSaved={(r) => onSaved(r.version)} onCancel={onCancel}>
      <ValueSelectField
        label={t('hearings.kind')}
        value={kind}
        autoFocus
        onChange={setKind}
        options={optionsOf(HEARING_KINDS, (k) => t(`hearings.kinds.${k}`))}
      />
      <ValueTextField label={t('hearings.court')} value={court} onChange={setCourt} />
      <ValueTextField label={t('hearings.hall')} value={hall} onChange={setHall} />
      <ValueTextField label={t('hearings.fileNumber')} value={fileNumber} onChange={setFileNumber} />
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
  const [date, setDate] = useState('');
  const [time, setTime] = useState(hearing.startsAt.slice(11, 16));
  const [reason, setReason] = useState('');
  const [timeError, setTimeError] = useState(false);
  const save = () => {
    const hhmm = parseTimeInput(time);
    setTimeError(hhmm === null);
    if (hhmm === null) return null;
    return postpone({ id: hearing.id, version: hearing.version, startsAt: `${date}T${hhmm}`, reason });
  };
  return (
    <CaseForm label={title} save={save} onSaved={onSaved} onCancel={onCancel}>
      <DateField label={t('casework.hearings.newDate')} value={date} onChange={setDate} autoFocus />
      <Field label={t('casework.hearings.newTime')}>
        {(control) => (
          <>
            <input
              {...control}
              className="input"
              value={time}
              aria-invalid={timeError}
              onChange={(e) => setTime(e.target.value)}
            />
            {timeError ? <span className="field-error">{t('casework.hearings.badTime')}</span> : null}
          </>
        )}
      </Field>
      <ValueTextField
        label={t('casework.hearings.reason')}
        fieldClassName="span-2"
        value={reason}
        onChange={setReason}
      />
    </CaseForm>
  );
}

const OUTCOMES = ['interim-decision', 'decision', 'postponed'] as const;

function OutcomeForm({ hearing, title, onCancel, onSaved }: FormProps & { onSaved: (created: boolean) => void }) {
  const { t } = useTranslation();
  const setOutcomeOf = useInvokeMutation('hearings:setOutcome');
  const [outcome, setOutcome] = useState<Outcome>('interim-decision');
  const [note, setNote] = useState('');
  const [days, setDays] = useState('');
  const [deadlineTitle, setDeadlineTitle] = useState<string>(t('casework.hearings.deadlineDefaultTitle'));
  const save = () => {
    const n = Number(days);
    const withDeadline = outcome === 'interim-decision' && days.trim() !== '';
    return setOutcomeOf({
      id: hearing.id,
      version: hearing.version,
      outcome,
      note,
      ...(withDeadline ? { deadline: { days: Number.isInteger(n) ? n : 0, title: deadlineTitle } } : {}),
    });
  };
  return (
    <CaseForm label={title} save={save} onSaved={(r) => onSaved(r.deadlineId !== null)} onCancel={onCancel}>
      <ValueSelectField
        label={t('casework.hearings.outcomeLabel')}
        value={outcome}
        autoFocus
        onChange={setOutcome}
        options={optionsOf(OUTCOMES, (o) => t(`casework.hearings.outcomes.${o}`))}
      />
      <ValueTextField label={t('casework.hearings.note')} value={note} onChange={setNote} />
      {outcome === 'interim-decision' ? (
        <>
          <ValueTextField
            label={t('casework.hearings.deadlineDays')}
            inputMode="numeric"
            value={days}
            onChange={setDays}
          />
          <ValueTextField
            label={t('casework.hearings.deadlineTitle')}
            value={deadlineTitle}
            onChange={setDeadlineTitle}
          />
        </>
      ) : null}
    </CaseForm>
  );
}
