import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { ChannelOutput } from '@shared/contract';
import { formatDate as showDate } from '../../components/format';
import { LabeledField } from './LabeledField';
import { useUndo } from './useUndo';
import './casework.css';

interface Props {
  caseId: string;
  /** Something the deadlines section shows changed (a notification started a deadline). */
  onDeadlinesChanged: () => void;
}

type Poa = ChannelOutput<'powerOfAttorney:list'>;
type Notification = ChannelOutput<'notifications:list'>['notifications'][number];
type Stay = ChannelOutput<'stays:list'>['stays'][number];
type Rule = ChannelOutput<'deadlines:rules'>['rules'][number];

interface Records {
  poa: Poa | null;
  notifications: Notification[];
  stays: Stay[];
}
const EMPTY: Records = { poa: null, notifications: [], stays: [] };

async function fetchRecords(caseId: string): Promise<Records> {
  const [p, n, s] = await Promise.all([
    invoke('powerOfAttorney:list', { caseId }),
    invoke('notifications:list', { caseId }),
    invoke('stays:list', { caseId }),
  ]);
  return {
    poa: p.ok ? p.value : null,
    notifications: n.ok ? n.value.notifications : [],
    stays: s.ok ? s.value.stays : [],
  };
}

/** Power of attorney, notifications and stay requests of a case: list, add, delete with undo. */
export function RecordsSection({ caseId, onDeadlinesChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [data, setData] = useState<Records>(EMPTY);
  const { poa, notifications, stays } = data;
  const [rules, setRules] = useState<Rule[]>([]);
  const [open, setOpen] = useState<'poa' | 'notification' | 'stay' | null>(null);

  const reload = useCallback(async () => setData(await fetchRecords(caseId)), [caseId]);
  const undo = useUndo(async () => {
    await reload();
    onDeadlinesChanged();
  });

  useEffect(() => {
    let current = true;
    void fetchRecords(caseId).then((loaded) => {
      if (current) setData(loaded);
    });
    void invoke('deadlines:rules', {}).then((r) => {
      if (current && r.ok)
        setRules(r.value.rules.filter((rule) => rule.period !== null && rule.startsFrom !== 'detention-start'));
    });
    return () => {
      current = false;
    };
  }, [caseId]);

  const afterSave = async (deadline = false) => {
    setOpen(null);
    undo.saved(t('casework.saved'));
    await reload();
    if (deadline) onDeadlinesChanged();
  };
  const ruleName = (r: Rule) => (i18n.language === 'en' ? r.nameEn : r.nameTr);

  return (
    <section className="case-section casework-section" aria-labelledby="casework-title">
      <h2 id="casework-title" className="section-title">
        {t('casework.title')}
      </h2>
      {undo.notice}
      <ErrorMessage error={undo.error} />

      <section aria-labelledby="poa-title" className="casework-part">
        <h3 id="poa-title">{t('casework.poa.title')}</h3>
        {poa?.missing ? (
          <p className="casework-missing">
            {t('casework.poa.missing')}{' '}
            {poa.openTaskId ? (
              t('casework.poa.taskOpen')
            ) : (
              <button
                type="button"
                className="button button-quiet"
                onClick={() =>
                  void invoke('powerOfAttorney:requestTask', { caseId, title: t('casework.poa.taskTitle') }).then(
                    async (r) => (r.ok ? afterSave() : undo.setError(r.error)),
                  )
                }
              >
                {t('casework.poa.requestTask')}
              </button>
            )}
          </p>
        ) : null}
        <ul className="casework-list">
          {poa?.records.map((r) => (
            <li key={r.id} data-testid="poa-item">
              <span>
                {showDate(r.grantedOn)} · {t(`casework.poa.scopes.${r.scope}`)}
                {r.notary ? ` · ${r.notary}` : ''}
                {r.journalNumber ? ` · ${t('casework.poa.journalNumber')} ${r.journalNumber}` : ''}
              </span>{' '}
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('casework.poa.removeLabel', { date: showDate(r.grantedOn) })}
                onClick={() => void undo.trash('power-of-attorney', r.id)}
              >
                {t('casework.remove')}
              </button>
            </li>
          ))}
        </ul>
        {open === 'poa' ? (
          <PoaForm caseId={caseId} onCancel={() => setOpen(null)} onSaved={() => afterSave()} />
        ) : (
          <button type="button" className="button" onClick={() => setOpen('poa')}>
            {t('casework.poa.add')}
          </button>
        )}
      </section>

      <section aria-labelledby="notifications-title" className="casework-part">
        <h3 id="notifications-title">{t('casework.notifications.title')}</h3>
        {notifications.length === 0 ? <p>{t('casework.notifications.empty')}</p> : null}
        <ul className="casework-list">
          {notifications.map((n) => (
            <li key={n.id} data-testid="notification-item">
              <span>
                {showDate(n.servedOn ?? n.deliveredOn ?? '')} · {n.subject} ·{' '}
                {t(`casework.notifications.methods.${n.method}`)} ·{' '}
                {t(`casework.notifications.recipients.${n.recipient}`)}
                {n.deadlineId ? ` · ${t('casework.notifications.startedDeadline')}` : ''}
              </span>{' '}
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('casework.notifications.removeLabel', { subject: n.subject })}
                onClick={() => void undo.trash('notification', n.id)}
              >
                {t('casework.remove')}
              </button>
            </li>
          ))}
        </ul>
        {open === 'notification' ? (
          <NotificationForm
            caseId={caseId}
            rules={rules.map((r) => ({ id: r.id, name: ruleName(r) }))}
            onCancel={() => setOpen(null)}
            onSaved={(deadline) => afterSave(deadline)}
          />
        ) : (
          <button type="button" className="button" onClick={() => setOpen('notification')}>
            {t('casework.notifications.add')}
          </button>
        )}
      </section>

      <section aria-labelledby="stays-title" className="casework-part">
        <h3 id="stays-title">{t('casework.stays.title')}</h3>
        {stays.length === 0 ? <p>{t('casework.stays.empty')}</p> : null}
        <ul className="casework-list">
          {stays.map((s) => (
            <li key={s.id} data-testid="stay-item">
              <span>
                {showDate(s.requestedOn)} · {t(`casework.stays.decisions.${s.decision}`)}
                {s.decidedOn ? ` (${showDate(s.decidedOn)})` : ''}
              </span>{' '}
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('casework.stays.removeLabel', { date: showDate(s.requestedOn) })}
                onClick={() => void undo.trash('stay-request', s.id)}
              >
                {t('casework.remove')}
              </button>
            </li>
          ))}
        </ul>
        {open === 'stay' ? (
          <StayForm caseId={caseId} onCancel={() => setOpen(null)} onSaved={() => afterSave()} />
        ) : (
          <button type="button" className="button" onClick={() => setOpen('stay')}>
            {t('casework.stays.add')}
          </button>
        )}
      </section>
    </section>
  );
}

/** The buttons and the error line every casework form ends with. */
function FormEnd({ error, onCancel }: { error: Parameters<typeof ErrorMessage>[0]['error']; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('casework.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('casework.cancel')}
        </button>
      </div>
    </>
  );
}

interface FormProps {
  caseId: string;
  onCancel: () => void;
}

function PoaForm({ caseId, onCancel, onSaved }: FormProps & { onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
  const [grantedOn, setGrantedOn] = useState('');
  const [notary, setNotary] = useState('');
  const [journalNumber, setJournalNumber] = useState('');
  const [scope, setScope] = useState<'general' | 'special'>('general');
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error']>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await invoke('powerOfAttorney:add', { caseId, record: { grantedOn, notary, journalNumber, scope } });
    if (r.ok) await onSaved();
    else setError(r.error);
  };
  return (
    <form className="case-form" noValidate aria-label={t('casework.poa.add')} onSubmit={(e) => void submit(e)}>
      <div className="case-form-grid">
        <DateField label={t('casework.poa.grantedOn')} value={grantedOn} onChange={setGrantedOn} autoFocus />
        <LabeledField label={t('casework.poa.notary')}>
          {(id) => (
            <>
              <input id={id} className="input" value={notary} onChange={(e) => setNotary(e.target.value)} />
            </>
          )}
        </LabeledField>
        <LabeledField label={t('casework.poa.journalNumber')}>
          {(id) => (
            <>
              <input
                id={id}
                className="input"
                value={journalNumber}
                onChange={(e) => setJournalNumber(e.target.value)}
              />
            </>
          )}
        </LabeledField>
        <LabeledField label={t('casework.poa.scope')}>
          {(id) => (
            <>
              <select
                id={id}
                className="input"
                value={scope}
                onChange={(e) => setScope(e.target.value as 'general' | 'special')}
              >
                <option value="general">{t('casework.poa.scopes.general')}</option>
                <option value="special">{t('casework.poa.scopes.special')}</option>
              </select>
            </>
          )}
        </LabeledField>
      </div>
      <FormEnd error={error} onCancel={onCancel} />
    </form>
  );
}

type Method = Notification['method'];
type Recipient = Notification['recipient'];

function NotificationForm({
  caseId,
  rules,
  onCancel,
  onSaved,
}: FormProps & { rules: Array<{ id: string; name: string }>; onSaved: (deadline: boolean) => Promise<void> }) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState('');
  const [recipient, setRecipient] = useState<Recipient>('lawyer');
  const [method, setMethod] = useState<Method>('e-notification');
  const [servedOn, setServedOn] = useState('');
  const [deliveredOn, setDeliveredOn] = useState('');
  const [openedOn, setOpenedOn] = useState('');
  const [ruleId, setRuleId] = useState('');
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error']>(null);
  const electronic = method === 'e-notification';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await invoke('notifications:add', {
      caseId,
      subject,
      recipient,
      method,
      ...(electronic
        ? { deliveredOn: deliveredOn || undefined, openedOn: openedOn || undefined }
        : { servedOn: servedOn || undefined }),
      ...(ruleId ? { deadline: { ruleId } } : {}),
    });
    if (r.ok) await onSaved(r.value.deadlineId !== null);
    else setError(r.error);
  };
  return (
    <form
      className="case-form"
      noValidate
      aria-label={t('casework.notifications.add')}
      onSubmit={(e) => void submit(e)}
    >
      <div className="case-form-grid">
        <LabeledField label={t('casework.notifications.subject')} className="span-2">
          {(id) => (
            <>
              <input id={id} className="input" value={subject} autoFocus onChange={(e) => setSubject(e.target.value)} />
            </>
          )}
        </LabeledField>
        <LabeledField label={t('casework.notifications.recipient')}>
          {(id) => (
            <>
              <select
                id={id}
                className="input"
                value={recipient}
                onChange={(e) => setRecipient(e.target.value as Recipient)}
              >
                {(['client', 'lawyer', 'other'] as const).map((r) => (
                  <option key={r} value={r}>
                    {t(`casework.notifications.recipients.${r}`)}
                  </option>
                ))}
              </select>
            </>
          )}
        </LabeledField>
        <LabeledField label={t('casework.notifications.method')}>
          {(id) => (
            <>
              <select id={id} className="input" value={method} onChange={(e) => setMethod(e.target.value as Method)}>
                {(['hand', 'post', 'e-notification'] as const).map((m) => (
                  <option key={m} value={m}>
                    {t(`casework.notifications.methods.${m}`)}
                  </option>
                ))}
              </select>
            </>
          )}
        </LabeledField>
        {electronic ? (
          <>
            <DateField label={t('casework.notifications.deliveredOn')} value={deliveredOn} onChange={setDeliveredOn} />
            <DateField label={t('casework.notifications.openedOn')} value={openedOn} onChange={setOpenedOn} />
          </>
        ) : (
          <DateField label={t('casework.notifications.servedOn')} value={servedOn} onChange={setServedOn} />
        )}
        <LabeledField label={t('casework.notifications.rule')} className="span-2">
          {(id) => (
            <>
              <select id={id} className="input" value={ruleId} onChange={(e) => setRuleId(e.target.value)}>
                <option value="">{t('casework.notifications.noRule')}</option>
                {rules.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </>
          )}
        </LabeledField>
      </div>
      <FormEnd error={error} onCancel={onCancel} />
    </form>
  );
}

function StayForm({ caseId, onCancel, onSaved }: FormProps & { onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
  const [requestedOn, setRequestedOn] = useState('');
  const [decision, setDecision] = useState<Stay['decision']>('pending');
  const [decidedOn, setDecidedOn] = useState('');
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error']>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await invoke('stays:add', {
      caseId,
      stay: { requestedOn, decision, ...(decidedOn ? { decidedOn } : {}) },
    });
    if (r.ok) await onSaved();
    else setError(r.error);
  };
  return (
    <form className="case-form" noValidate aria-label={t('casework.stays.add')} onSubmit={(e) => void submit(e)}>
      <div className="case-form-grid">
        <DateField label={t('casework.stays.requestedOn')} value={requestedOn} onChange={setRequestedOn} autoFocus />
        <LabeledField label={t('casework.stays.decision')}>
          {(id) => (
            <>
              <select
                id={id}
                className="input"
                value={decision}
                onChange={(e) => setDecision(e.target.value as Stay['decision'])}
              >
                {(['pending', 'granted', 'partially-granted', 'rejected'] as const).map((d) => (
                  <option key={d} value={d}>
                    {t(`casework.stays.decisions.${d}`)}
                  </option>
                ))}
              </select>
            </>
          )}
        </LabeledField>
        {decision !== 'pending' ? (
          <DateField label={t('casework.stays.decidedOn')} value={decidedOn} onChange={setDecidedOn} />
        ) : null}
      </div>
      <FormEnd error={error} onCancel={onCancel} />
    </form>
  );
}
