import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { DateField } from '../../components/DateField';
import { type ErrorMessage } from '../../components/ErrorMessage';
import type { ChannelOutput } from '@shared/contract';
import { HEARING_KINDS } from '@shared/schemas/deadline-views';
import { parseTimeInput, showDateTime } from '../deadlines/dates';
import { FormEnd } from './FormEnd';
import { LabeledField } from './LabeledField';
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
        <button
          type="button"
          className="button button-small"
          aria-label={t('casework.hearings.postponeTitle', { name })}
          aria-expanded={open === 'postpone'}
          onClick={() => toggle('postpone')}
        >
          {t('casework.hearings.postpone')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={t('casework.hearings.outcomeTitle', { name })}
          aria-expanded={open === 'outcome'}
          onClick={() => toggle('outcome')}
        >
          {t('casework.hearings.outcome')}
        </button>
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
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error']>(null);
  const text = (label: string, value: string, set: (v: string) => void) => (
    <LabeledField label={label}>
      {(id) => <input id={id} className="input" value={value} onChange={(e) => set(e.target.value)} />}
    </LabeledField>
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await update({
      id: hearing.id,
      version: hearing.version,
      kind,
      court,
      hall,
      fileNumber,
      preparation: hearing.preparation ?? '',
    });
    if (r.ok) onSaved(r.value.version);
    else setError(r.error);
  };
  return (
    <form className="case-form" noValidate aria-label={title} onSubmit={(e) => void submit(e)}>
      <div className="case-form-grid">
        <LabeledField label={t('hearings.kind')}>
          {(id) => (
            <select
              id={id}
              className="input"
              value={kind}
              autoFocus
              onChange={(e) => setKind(e.target.value as Hearing['kind'])}
            >
              {HEARING_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`hearings.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </LabeledField>
        {text(t('hearings.court'), court, setCourt)}
        {text(t('hearings.hall'), hall, setHall)}
        {text(t('hearings.fileNumber'), fileNumber, setFileNumber)}
      </div>
      <FormEnd error={error} onCancel={onCancel} />
    </form>
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
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error']>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const hhmm = parseTimeInput(time);
    setTimeError(hhmm === null);
    if (hhmm === null) return;
    const r = await postpone({
      id: hearing.id,
      version: hearing.version,
      startsAt: `${date}T${hhmm}`,
      reason,
    });
    if (r.ok) onSaved();
    else setError(r.error);
  };
  return (
    <form className="case-form" noValidate aria-label={title} onSubmit={(e) => void submit(e)}>
      <div className="case-form-grid">
        <DateField label={t('casework.hearings.newDate')} value={date} onChange={setDate} autoFocus />
        <LabeledField label={t('casework.hearings.newTime')}>
          {(id) => (
            <>
              <input
                id={id}
                className="input"
                value={time}
                aria-invalid={timeError}
                onChange={(e) => setTime(e.target.value)}
              />
              {timeError ? <span className="field-error">{t('casework.hearings.badTime')}</span> : null}
            </>
          )}
        </LabeledField>
        <LabeledField label={t('casework.hearings.reason')} className="span-2">
          {(id) => (
            <>
              <input id={id} className="input" value={reason} onChange={(e) => setReason(e.target.value)} />
            </>
          )}
        </LabeledField>
      </div>
      <FormEnd error={error} onCancel={onCancel} />
    </form>
  );
}

function OutcomeForm({ hearing, title, onCancel, onSaved }: FormProps & { onSaved: (created: boolean) => void }) {
  const { t } = useTranslation();
  const setOutcomeOf = useInvokeMutation('hearings:setOutcome');
  const [outcome, setOutcome] = useState<Outcome>('interim-decision');
  const [note, setNote] = useState('');
  const [days, setDays] = useState('');
  const [deadlineTitle, setDeadlineTitle] = useState<string>(t('casework.hearings.deadlineDefaultTitle'));
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error']>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const n = Number(days);
    const withDeadline = outcome === 'interim-decision' && days.trim() !== '';
    const r = await setOutcomeOf({
      id: hearing.id,
      version: hearing.version,
      outcome,
      note,
      ...(withDeadline ? { deadline: { days: Number.isInteger(n) ? n : 0, title: deadlineTitle } } : {}),
    });
    if (r.ok) onSaved(r.value.deadlineId !== null);
    else setError(r.error);
  };
  return (
    <form className="case-form" noValidate aria-label={title} onSubmit={(e) => void submit(e)}>
      <div className="case-form-grid">
        <LabeledField label={t('casework.hearings.outcomeLabel')}>
          {(id) => (
            <>
              <select
                id={id}
                className="input"
                value={outcome}
                autoFocus
                onChange={(e) => setOutcome(e.target.value as Outcome)}
              >
                {(['interim-decision', 'decision', 'postponed'] as const).map((o) => (
                  <option key={o} value={o}>
                    {t(`casework.hearings.outcomes.${o}`)}
                  </option>
                ))}
              </select>
            </>
          )}
        </LabeledField>
        <LabeledField label={t('casework.hearings.note')}>
          {(id) => (
            <>
              <input id={id} className="input" value={note} onChange={(e) => setNote(e.target.value)} />
            </>
          )}
        </LabeledField>
        {outcome === 'interim-decision' ? (
          <>
            <LabeledField label={t('casework.hearings.deadlineDays')}>
              {(id) => (
                <>
                  <input
                    id={id}
                    className="input"
                    inputMode="numeric"
                    value={days}
                    onChange={(e) => setDays(e.target.value)}
                  />
                </>
              )}
            </LabeledField>
            <LabeledField label={t('casework.hearings.deadlineTitle')}>
              {(id) => (
                <>
                  <input
                    id={id}
                    className="input"
                    value={deadlineTitle}
                    onChange={(e) => setDeadlineTitle(e.target.value)}
                  />
                </>
              )}
            </LabeledField>
          </>
        ) : null}
      </div>
      <FormEnd error={error} onCancel={onCancel} />
    </form>
  );
}
