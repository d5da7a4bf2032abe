import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { ChannelOutput } from '@shared/contract';
import { parseTimeInput, showDateTime } from '../deadlines/dates';
import { LabeledField } from './LabeledField';
import { useUndo } from './useUndo';
import './casework.css';

type Hearing = ChannelOutput<'hearings:list'>['hearings'][number];
type Details = ChannelOutput<'hearings:details'>['hearings'][number];
type Outcome = NonNullable<Details['outcome']>;

interface Props {
  caseId: string;
  /** Tells the deadlines section to reload (a hearing moved, a kesin süre was created). */
  onChanged: () => void;
  /** Bumped when the deadlines section changed hearings, so this list follows. */
  revision: number;
}

interface Loaded {
  hearings: Hearing[];
  details: Map<string, Details>;
}

async function fetchHearings(caseId: string): Promise<Loaded> {
  const [h, d] = await Promise.all([invoke('hearings:list', { caseId }), invoke('hearings:details', { caseId })]);
  return {
    hearings: h.ok ? h.value.hearings : [],
    details: new Map(d.ok ? d.value.hearings.map((x) => [x.id, x] as const) : []),
  };
}

/**
 * What happens to a hearing after it is scheduled: postponed to a new date with the reason (the
 * earlier dates are listed), its outcome recorded, and an interim decision's kesin süre created
 * in the same step; deleted with undo.
 */
export function HearingActions({ caseId, onChanged, revision }: Props) {
  const { t } = useTranslation();
  const [data, setData] = useState<Loaded>({ hearings: [], details: new Map() });
  const { hearings, details } = data;
  const [open, setOpen] = useState<{ id: string; form: 'postpone' | 'outcome' } | null>(null);

  const reload = useCallback(async () => setData(await fetchHearings(caseId)), [caseId]);
  const undo = useUndo(async () => {
    await reload();
    onChanged();
  });
  useEffect(() => {
    let current = true;
    void fetchHearings(caseId).then((loaded) => {
      if (current) setData(loaded);
    });
    return () => {
      current = false;
    };
  }, [caseId, revision]);

  const done = async (message: string) => {
    setOpen(null);
    undo.saved(message);
    await reload();
    onChanged();
  };

  return (
    <section className="case-section casework-section" aria-labelledby="hearing-actions-title">
      <h2 id="hearing-actions-title" className="section-title">
        {t('casework.hearings.title')}
      </h2>
      {undo.notice}
      <ErrorMessage error={undo.error} />
      {hearings.length === 0 ? <p>{t('casework.hearings.empty')}</p> : null}
      <ul className="casework-list">
        {hearings.map((h) => {
          const name = `${t(`hearings.kinds.${h.kind}`)} ${showDateTime(h.startsAt)}`;
          const d = details.get(h.id);
          return (
            <li key={h.id} data-testid="hearing-actions-item">
              <div>
                <strong>{name}</strong>
                {h.court ? ` · ${h.court}` : ''}
                {d?.outcome ? ` · ${t(`casework.hearings.outcomes.${d.outcome}`)}` : ''}
              </div>
              {d?.postponements.map((p) => (
                <div key={p.at} className="casework-history">
                  {t('casework.hearings.history', { from: showDateTime(p.fromStartsAt), reason: p.reason })}
                </div>
              ))}
              <div className="casework-actions">
                <button
                  type="button"
                  className="button"
                  aria-label={t('casework.hearings.postponeTitle', { name })}
                  aria-expanded={open?.id === h.id && open.form === 'postpone'}
                  onClick={() => setOpen({ id: h.id, form: 'postpone' })}
                >
                  {t('casework.hearings.postpone')}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={t('casework.hearings.outcomeTitle', { name })}
                  aria-expanded={open?.id === h.id && open.form === 'outcome'}
                  onClick={() => setOpen({ id: h.id, form: 'outcome' })}
                >
                  {t('casework.hearings.outcome')}
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  aria-label={t('casework.hearings.removeLabel', { name })}
                  onClick={() => void undo.trash('hearing', h.id)}
                >
                  {t('casework.remove')}
                </button>
              </div>
              {open?.id === h.id && open.form === 'postpone' ? (
                <PostponeForm
                  hearing={h}
                  title={t('casework.hearings.postponeTitle', { name })}
                  onCancel={() => setOpen(null)}
                  onSaved={() => done(t('casework.saved'))}
                />
              ) : null}
              {open?.id === h.id && open.form === 'outcome' ? (
                <OutcomeForm
                  hearing={h}
                  title={t('casework.hearings.outcomeTitle', { name })}
                  onCancel={() => setOpen(null)}
                  onSaved={(created) => done(t(created ? 'casework.hearings.deadlineCreated' : 'casework.saved'))}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface FormProps {
  hearing: Hearing;
  title: string;
  onCancel: () => void;
}

function Actions({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary">
        {t('casework.save')}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('casework.cancel')}
      </button>
    </div>
  );
}

function PostponeForm({ hearing, title, onCancel, onSaved }: FormProps & { onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
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
    const r = await invoke('hearings:postpone', {
      id: hearing.id,
      version: hearing.version,
      startsAt: `${date}T${hhmm}`,
      reason,
    });
    if (r.ok) await onSaved();
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
      <ErrorMessage error={error} />
      <Actions onCancel={onCancel} />
    </form>
  );
}

function OutcomeForm({
  hearing,
  title,
  onCancel,
  onSaved,
}: FormProps & { onSaved: (created: boolean) => Promise<void> }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>('interim-decision');
  const [note, setNote] = useState('');
  const [days, setDays] = useState('');
  const [deadlineTitle, setDeadlineTitle] = useState<string>(t('casework.hearings.deadlineDefaultTitle'));
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error']>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const n = Number(days);
    const withDeadline = outcome === 'interim-decision' && days.trim() !== '';
    const r = await invoke('hearings:setOutcome', {
      id: hearing.id,
      version: hearing.version,
      outcome,
      note,
      ...(withDeadline ? { deadline: { days: Number.isInteger(n) ? n : 0, title: deadlineTitle } } : {}),
    });
    if (r.ok) await onSaved(r.value.deadlineId !== null);
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
      <ErrorMessage error={error} />
      <Actions onCancel={onCancel} />
    </form>
  );
}
