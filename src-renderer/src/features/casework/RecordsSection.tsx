import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { loadable, useInvokeMutation, useInvokeQuery } from '../../api/query';
import { DateField } from '../../components/DateField';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { ChannelOutput } from '@shared/contract';
import { formatDate as showDate } from '../../components/format';
import { useRules } from '../deadlines/useRules';
import { FormEnd } from './FormEnd';
import { LabeledField } from './LabeledField';
import { RecordActions } from './RecordActions';
import { useUndo, type TrashableEntity, type Undo } from './useUndo';
import './casework.css';

type Notification = ChannelOutput<'notifications:list'>['notifications'][number];
type Stay = ChannelOutput<'stays:list'>['stays'][number];
type Part = 'poa' | 'notification' | 'stay';

interface PartProps<T extends { id: string }> {
  part: Part;
  title: string;
  empty: string | null;
  items: readonly T[];
  testId: string;
  entity: TrashableEntity;
  /** The line a record reads as, and the name its Delete button is labelled with. */
  describe: (item: T) => ReactNode;
  nameOf: (item: T) => string;
  addLabel: string;
  form: ReactNode;
  open: Part | null;
  onOpen: (part: Part | null) => void;
  undo: Undo;
  children?: ReactNode;
}

/** One kind of record: its list with Delete (to the trash, with Undo), and its add form. */
function RecordPart<T extends { id: string }>(props: PartProps<T>) {
  const { part, title, empty, items, testId, entity, describe, nameOf, addLabel, form, open, onOpen, undo } = props;
  return (
    <section aria-labelledby={`${part}-title`} className="casework-part">
      <h3 id={`${part}-title`}>{title}</h3>
      {props.children}
      {items.length === 0 && empty ? <p>{empty}</p> : null}
      <ul className="casework-list">
        {items.map((item) => (
          <li key={item.id} data-testid={testId}>
            <span>{describe(item)}</span>{' '}
            <RecordActions name={nameOf(item)} onRemove={() => void undo.trash(entity, item.id)} />
          </li>
        ))}
      </ul>
      {open === part ? (
        form
      ) : (
        <button type="button" className="button" onClick={() => onOpen(part)}>
          {addLabel}
        </button>
      )}
    </section>
  );
}

/** Power of attorney, notifications and stay requests of a case: list, add, delete with undo. */
export function RecordsSection({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const poaQuery = loadable(useInvokeQuery('powerOfAttorney:list', { caseId }));
  const poa = poaQuery.kind === 'ready' ? poaQuery.value : null;
  const notifications = useInvokeQuery('notifications:list', { caseId }).data?.notifications ?? [];
  const stays = useInvokeQuery('stays:list', { caseId }).data?.stays ?? [];
  const rules = (useRules() ?? []).filter((rule) => rule.period !== null && rule.startsFrom !== 'detention-start');
  const requestTask = useInvokeMutation('powerOfAttorney:requestTask');
  const [open, setOpen] = useState<Part | null>(null);
  const undo = useUndo();

  const afterSave = () => {
    setOpen(null);
    undo.saved(t('casework.saved'));
  };
  const close = () => setOpen(null);
  const common = { open, onOpen: setOpen, undo };

  return (
    <section className="case-section casework-section" aria-labelledby="casework-title">
      <h2 id="casework-title" className="section-title">
        {t('casework.title')}
      </h2>
      {undo.notice}
      <ErrorMessage error={undo.error} />

      <RecordPart
        {...common}
        part="poa"
        title={t('casework.poa.title')}
        empty={null}
        items={poa?.records ?? []}
        testId="poa-item"
        entity="power-of-attorney"
        describe={(r) =>
          `${showDate(r.grantedOn)} · ${t(`casework.poa.scopes.${r.scope}`)}${r.notary ? ` · ${r.notary}` : ''}${
            r.journalNumber ? ` · ${t('casework.poa.journalNumber')} ${r.journalNumber}` : ''
          }`
        }
        nameOf={(r) => t('casework.poa.removeName', { date: showDate(r.grantedOn) })}
        addLabel={t('casework.poa.add')}
        form={<PoaForm caseId={caseId} onCancel={close} onSaved={afterSave} />}
      >
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
                  void requestTask({ caseId, title: t('casework.poa.taskTitle') }).then((r) =>
                    r.ok ? afterSave() : undo.setError(r.error),
                  )
                }
              >
                {t('casework.poa.requestTask')}
              </button>
            )}
          </p>
        ) : null}
      </RecordPart>

      <RecordPart
        {...common}
        part="notification"
        title={t('casework.notifications.title')}
        empty={t('casework.notifications.empty')}
        items={notifications}
        testId="notification-item"
        entity="notification"
        describe={(n) =>
          `${showDate(n.servedOn ?? n.deliveredOn ?? '')} · ${n.subject} · ${t(
            `casework.notifications.methods.${n.method}`,
          )} · ${t(`casework.notifications.recipients.${n.recipient}`)}${
            n.deadlineId ? ` · ${t('casework.notifications.startedDeadline')}` : ''
          }`
        }
        nameOf={(n) => t('casework.notifications.removeName', { subject: n.subject })}
        addLabel={t('casework.notifications.add')}
        form={
          <NotificationForm
            caseId={caseId}
            rules={rules.map((r) => ({ id: r.id, name: i18n.language === 'en' ? r.nameEn : r.nameTr }))}
            onCancel={close}
            onSaved={afterSave}
          />
        }
      />

      <RecordPart
        {...common}
        part="stay"
        title={t('casework.stays.title')}
        empty={t('casework.stays.empty')}
        items={stays}
        testId="stay-item"
        entity="stay-request"
        describe={(s) =>
          `${showDate(s.requestedOn)} · ${t(`casework.stays.decisions.${s.decision}`)}${
            s.decidedOn ? ` (${showDate(s.decidedOn)})` : ''
          }`
        }
        nameOf={(s) => t('casework.stays.removeName', { date: showDate(s.requestedOn) })}
        addLabel={t('casework.stays.add')}
        form={<StayForm caseId={caseId} onCancel={close} onSaved={afterSave} />}
      />
    </section>
  );
}

interface FormProps {
  caseId: string;
  onCancel: () => void;
}

function PoaForm({ caseId, onCancel, onSaved }: FormProps & { onSaved: () => void }) {
  const { t } = useTranslation();
  const add = useInvokeMutation('powerOfAttorney:add');
  const [grantedOn, setGrantedOn] = useState('');
  const [notary, setNotary] = useState('');
  const [journalNumber, setJournalNumber] = useState('');
  const [scope, setScope] = useState<'general' | 'special'>('general');
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error']>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await add({ caseId, record: { grantedOn, notary, journalNumber, scope } });
    if (r.ok) onSaved();
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
}: FormProps & { rules: Array<{ id: string; name: string }>; onSaved: () => void }) {
  const { t } = useTranslation();
  const add = useInvokeMutation('notifications:add');
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
    const r = await add({
      caseId,
      subject,
      recipient,
      method,
      ...(electronic
        ? { deliveredOn: deliveredOn || undefined, openedOn: openedOn || undefined }
        : { servedOn: servedOn || undefined }),
      ...(ruleId ? { deadline: { ruleId } } : {}),
    });
    if (r.ok) onSaved();
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

function StayForm({ caseId, onCancel, onSaved }: FormProps & { onSaved: () => void }) {
  const { t } = useTranslation();
  const add = useInvokeMutation('stays:add');
  const [requestedOn, setRequestedOn] = useState('');
  const [decision, setDecision] = useState<Stay['decision']>('pending');
  const [decidedOn, setDecidedOn] = useState('');
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error']>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await add({
      caseId,
      stay: { requestedOn, decision, ...(decidedOn ? { decidedOn } : {}) },
    });
    if (r.ok) onSaved();
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
