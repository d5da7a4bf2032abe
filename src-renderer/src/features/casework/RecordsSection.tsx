import { useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { loadable, useInvokeMutation, useInvokeQuery } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormDateField } from '../../components/FormDateField';
import { SelectField, TextField } from '../../components/FormInputs';
import { optionsOf } from '../../components/ValueFields';
import {
  NOTIFICATION_METHODS,
  NOTIFICATION_RECIPIENTS,
  POWER_OF_ATTORNEY_SCOPES,
  STAY_DECISIONS,
} from '@shared/schemas/casework';
import { formatDate as showDate } from '../../components/format';
import { useRules } from '../deadlines/useRules';
import { CaseForm } from './CaseForm';
import { notificationSchema, poaSchema, staySchema } from './recordForms';
import { RecordActions } from './RecordActions';
import { useCaseForm } from './useCaseForm';
import { useUndo, type TrashableEntity, type Undo } from './useUndo';
import './casework.css';

/**
 * The kinds of record: their messages under `casework.<keys>` (title, add; the empty-list
 * sentence where there is one), their trash entity; each item's test id is `<part>-item`.
 */
const PARTS = {
  poa: { keys: 'poa', entity: 'power-of-attorney', empty: null },
  notification: { keys: 'notifications', entity: 'notification', empty: 'casework.notifications.empty' },
  stay: { keys: 'stays', entity: 'stay-request', empty: 'casework.stays.empty' },
} as const satisfies Record<string, { keys: string; entity: TrashableEntity; empty: string | null }>;
type Part = keyof typeof PARTS;

interface PartProps<T extends { id: string }> {
  part: Part;
  items: readonly T[];
  /** The line a record reads as, and the name its Delete button is labelled with. */
  describe: (item: T) => ReactNode;
  nameOf: (item: T) => string;
  form: ReactNode;
  open: Part | null;
  onOpen: (part: Part | null) => void;
  undo: Undo;
  children?: ReactNode;
}

/** One kind of record: its list with Delete (to the trash, with Undo), and its add form. */
function RecordPart<T extends { id: string }>(props: PartProps<T>) {
  const { part, items, describe, nameOf, form, open, onOpen, undo } = props;
  const { t } = useTranslation();
  const { keys, entity, empty } = PARTS[part];
  return (
    <section aria-labelledby={`${part}-title`} className="casework-part">
      <h3 id={`${part}-title`}>{t(`casework.${keys}.title`)}</h3>
      {props.children}
      {items.length === 0 && empty ? <p>{t(empty)}</p> : null}
      <ul className="casework-list">
        {items.map((item) => (
          <li key={item.id} data-testid={`${part}-item`}>
            <span>{describe(item)}</span>{' '}
            <RecordActions name={nameOf(item)} onRemove={() => void undo.trash(entity, item.id)} />
          </li>
        ))}
      </ul>
      {open === part ? (
        form
      ) : (
        <button type="button" className="button" onClick={() => onOpen(part)}>
          {t(`casework.${keys}.add`)}
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
        items={poa?.records ?? []}
        describe={(r) =>
          `${showDate(r.grantedOn)} · ${t(`casework.poa.scopes.${r.scope}`)}${r.notary ? ` · ${r.notary}` : ''}${
            r.journalNumber ? ` · ${t('casework.poa.journalNumber')} ${r.journalNumber}` : ''
          }`
        }
        nameOf={(r) => t('casework.poa.removeName', { date: showDate(r.grantedOn) })}
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
        items={notifications}
        describe={(n) =>
          `${showDate(n.servedOn ?? n.deliveredOn ?? '')} · ${n.subject} · ${t(
            `casework.notifications.methods.${n.method}`,
          )} · ${t(`casework.notifications.recipients.${n.recipient}`)}${
            n.deadlineId ? ` · ${t('casework.notifications.startedDeadline')}` : ''
          }`
        }
        nameOf={(n) => t('casework.notifications.removeName', { subject: n.subject })}
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
        items={stays}
        describe={(s) =>
          `${showDate(s.requestedOn)} · ${t(`casework.stays.decisions.${s.decision}`)}${
            s.decidedOn ? ` (${showDate(s.decidedOn)})` : ''
          }`
        }
        nameOf={(s) => t('casework.stays.removeName', { date: showDate(s.requestedOn) })}
        form={<StayForm caseId={caseId} onCancel={close} onSaved={afterSave} />}
      />
    </section>
  );
}

interface FormProps {
  caseId: string;
  onCancel: () => void;
  onSaved: () => void;
}

function PoaForm({ caseId, onCancel, onSaved }: FormProps) {
  const { t } = useTranslation();
  const add = useInvokeMutation('powerOfAttorney:add');
  const { bind, save } = useCaseForm({
    schema: poaSchema,
    defaults: { grantedOn: '', notary: '', journalNumber: '', scope: 'general' },
    focus: 'grantedOn',
    call: (record) => add({ caseId, record }),
  });
  return (
    <CaseForm label={t('casework.poa.add')} save={save} onSaved={onSaved} onCancel={onCancel}>
      <FormDateField label={t('casework.poa.grantedOn')} {...bind.control('grantedOn')} />
      <TextField label={t('casework.poa.notary')} {...bind.field('notary')} />
      <TextField label={t('casework.poa.journalNumber')} {...bind.field('journalNumber')} />
      <SelectField
        label={t('casework.poa.scope')}
        {...bind.field('scope')}
        choices={optionsOf(POWER_OF_ATTORNEY_SCOPES, (s) => t(`casework.poa.scopes.${s}`))}
      />
    </CaseForm>
  );
}

function NotificationForm({
  caseId,
  rules,
  onCancel,
  onSaved,
}: FormProps & { rules: Array<{ id: string; name: string }> }) {
  const { t } = useTranslation();
  const add = useInvokeMutation('notifications:add');
  const { form, bind, save } = useCaseForm({
    schema: notificationSchema,
    defaults: {
      subject: '',
      recipient: 'lawyer',
      method: 'e-notification',
      servedOn: '',
      deliveredOn: '',
      openedOn: '',
      ruleId: '',
    },
    focus: 'subject',
    call: (notification) => add({ caseId, ...notification }),
  });
  const electronic = useWatch({ control: form.control, name: 'method' }) === 'e-notification';
  return (
    <CaseForm label={t('casework.notifications.add')} save={save} onSaved={onSaved} onCancel={onCancel}>
      <TextField label={t('casework.notifications.subject')} fieldClassName="span-2" {...bind.field('subject')} />
      <SelectField
        label={t('casework.notifications.recipient')}
        {...bind.field('recipient')}
        choices={optionsOf(NOTIFICATION_RECIPIENTS, (r) => t(`casework.notifications.recipients.${r}`))}
      />
      <SelectField
        label={t('casework.notifications.method')}
        {...bind.field('method')}
        choices={optionsOf(NOTIFICATION_METHODS, (m) => t(`casework.notifications.methods.${m}`))}
      />
      {electronic ? (
        <>
          <FormDateField label={t('casework.notifications.deliveredOn')} {...bind.control('deliveredOn')} />
          <FormDateField label={t('casework.notifications.openedOn')} {...bind.control('openedOn')} />
        </>
      ) : (
        <FormDateField label={t('casework.notifications.servedOn')} {...bind.control('servedOn')} />
      )}
      <SelectField
        label={t('casework.notifications.rule')}
        fieldClassName="span-2"
        {...bind.field('ruleId')}
        placeholder={t('casework.notifications.noRule')}
        choices={rules.map((r) => ({ value: r.id, label: r.name }))}
      />
    </CaseForm>
  );
}

function StayForm({ caseId, onCancel, onSaved }: FormProps) {
  const { t } = useTranslation();
  const add = useInvokeMutation('stays:add');
  const { form, bind, save } = useCaseForm({
    schema: staySchema,
    defaults: { requestedOn: '', decision: 'pending', decidedOn: '' },
    focus: 'requestedOn',
    call: (stay) => add({ caseId, stay }),
  });
  const decided = useWatch({ control: form.control, name: 'decision' }) !== 'pending';
  return (
    <CaseForm label={t('casework.stays.add')} save={save} onSaved={onSaved} onCancel={onCancel}>
      <FormDateField label={t('casework.stays.requestedOn')} {...bind.control('requestedOn')} />
      <SelectField
        label={t('casework.stays.decision')}
        {...bind.field('decision')}
        choices={optionsOf(STAY_DECISIONS, (d) => t(`casework.stays.decisions.${d}`))}
      />
      {decided ? <FormDateField label={t('casework.stays.decidedOn')} {...bind.control('decidedOn')} /> : null}
    </CaseForm>
  );
}
