import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import type { AppErrorShape } from '@shared/errors';
import type { DeadlineStart } from '@shared/schemas/deadlines';
import { currentLanguage } from '../../i18n';
import { parseDateInput } from './dates';
import { DateField } from './DateField';
import { PreviewPanel } from './PreviewPanel';
import { serverFieldErrors } from './serverErrors';
import type { DeadlineRuleView } from './types';
import { useDismissGuard } from './useDismissGuard';
import { usePreview } from './usePreview';

type StartKind = DeadlineStart['kind'];
type FieldName = 'rule' | 'startDate' | 'openedOn' | 'dueOn' | 'title' | 'reason' | 'confirmUnsure';
type Errors = Partial<Record<FieldName, string>>;

/** The select's value for "no rule": a manual deadline with a title, a date and a reason. */
const MANUAL = '';

interface Props {
  caseId: string;
  caseType: string;
  rules: DeadlineRuleView[];
  onSaved: () => void;
  onClose: () => void;
}

/** Rules with a period can be computed; the others (detention review, Rule 39) are tasks with no time limit. */
function computable(rules: DeadlineRuleView[], caseType: string, showAll: boolean): DeadlineRuleView[] {
  return rules.filter((r) => r.period !== null && (showAll || r.caseTypes.includes(caseType)));
}

export function AddDeadlineDialog({ caseId, caseType, rules, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const lang = currentLanguage();
  const [showAll, setShowAll] = useState(() => computable(rules, caseType, false).length === 0);
  const options = useMemo(() => computable(rules, caseType, showAll), [rules, caseType, showAll]);
  const [ruleId, setRuleId] = useState<string>(() => computable(rules, caseType, showAll)[0]?.id ?? MANUAL);
  const [startKind, setStartKind] = useState<StartKind>('notification');
  const [startDate, setStartDate] = useState('');
  const [openedOn, setOpenedOn] = useState('');
  const [override, setOverride] = useState(false);
  const [dueOn, setDueOn] = useState('');
  const [title, setTitle] = useState('');
  const [reason, setReason] = useState('');
  const [confirmUnsure, setConfirmUnsure] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  const manual = ruleId === MANUAL;
  const rule = rules.find((r) => r.id === ruleId);
  const start = useMemo<DeadlineStart | null>(() => {
    const date = parseDateInput(startDate);
    if (manual || !date) return null;
    if (startKind === 'notification') return { kind: 'notification', date };
    const opened = parseDateInput(openedOn);
    return opened
      ? { kind: 'e-notification', deliveredOn: date, openedOn: opened }
      : { kind: 'e-notification', deliveredOn: date };
  }, [manual, startDate, startKind, openedOn]);
  const preview = usePreview(manual ? null : ruleId, start);
  const unsure = preview.kind === 'ready' && preview.preview.confidence === 'U';

  const dirty = [startDate, openedOn, dueOn, title, reason].some((v) => v.trim() !== '');
  const { requestClose, prompt } = useDismissGuard(dirty && !busy, onClose);

  // After a refused save, put the cursor on the first field that needs attention.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const localErrors = (): Errors => {
    const found: Errors = {};
    if (manual) {
      if (title.trim() === '') found.title = t('deadlines.errors.titleRequired');
      if (!parseDateInput(dueOn))
        found.dueOn = dueOn.trim() ? t('deadlines.errors.badDate') : t('deadlines.errors.dueRequired');
      return found;
    }
    if (!parseDateInput(startDate))
      found.startDate = startDate.trim() ? t('deadlines.errors.badDate') : t('deadlines.errors.startRequired');
    if (startKind === 'e-notification' && openedOn.trim() && !parseDateInput(openedOn))
      found.openedOn = t('deadlines.errors.badDate');
    if (override && !parseDateInput(dueOn))
      found.dueOn = dueOn.trim() ? t('deadlines.errors.badDate') : t('deadlines.errors.dueRequired');
    // U: the research could not settle the rule; saving means the lawyer checked it.
    if (unsure && !confirmUnsure) found.confirmUnsure = t('deadlines.errors.confirmUnsure');
    return found;
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const found = localErrors();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const due = parseDateInput(dueOn) ?? undefined;
    const result = await invoke('deadlines:add', {
      caseId,
      ...(manual ? { title: title.trim(), dueOn: due } : { ruleId, start: start ?? undefined }),
      ...(!manual && override ? { dueOn: due } : {}),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
    setBusy(false);
    if (result.ok) return onSaved();
    const { fields, unplaced } = serverFieldErrors<FieldName>(t, result.error, (path) => {
      if (path === 'reason' || path === 'title' || path === 'dueOn') return path;
      if (path.startsWith('start.openedOn')) return 'openedOn';
      if (path.startsWith('start')) return manual ? 'dueOn' : 'startDate';
      if (path === 'ruleId') return 'rule';
      return undefined;
    });
    setErrors(fields);
    if (unplaced) setFormError(result.error);
  };

  const showReason = manual || override;
  return (
    <Dialog
      title={t('deadlines.dialog.title')}
      onClose={requestClose}
      testId="add-deadline-dialog"
      actions={
        <>
          <button type="button" className="button button-quiet" onClick={requestClose}>
            {t('deadlines.cancel')}
          </button>
          <button type="submit" form={formId} className="button button-primary" aria-disabled={busy || undefined}>
            {t('deadlines.dialog.save')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        ref={formRef}
        className="form deadline-form"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <Field label={t('deadlines.dialog.rule')} error={errors.rule}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={ruleId}
              onChange={(event) => {
                setRuleId(event.target.value);
                setConfirmUnsure(false);
              }}
            >
              {options.map((r) => (
                <option key={r.id} value={r.id}>
                  {`${lang === 'en' ? r.nameEn : r.nameTr} (${r.confidence})`}
                </option>
              ))}
              <option value={MANUAL}>{t('deadlines.dialog.manualOption')}</option>
            </select>
          )}
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showAll}
            onChange={(event) => {
              setShowAll(event.target.checked);
              const next = computable(rules, caseType, event.target.checked);
              if (!manual && !next.some((r) => r.id === ruleId)) setRuleId(next[0]?.id ?? MANUAL);
            }}
          />
          {t('deadlines.dialog.showAll')}
        </label>
        {rule && !manual ? <p className="field-hint">{lang === 'en' ? rule.notesEn : rule.notesTr}</p> : null}

        {manual ? (
          <ManualFields title={title} dueOn={dueOn} errors={errors} onTitle={setTitle} onDueOn={setDueOn} />
        ) : (
          <>
            <fieldset className="deadline-start">
              <legend className="field-label">{t('deadlines.dialog.startKind')}</legend>
              <label className="checkbox">
                <input
                  type="radio"
                  name={`${formId}-start`}
                  checked={startKind === 'notification'}
                  onChange={() => setStartKind('notification')}
                />
                {t('deadlines.dialog.startNotification')}
              </label>
              <label className="checkbox">
                <input
                  type="radio"
                  name={`${formId}-start`}
                  checked={startKind === 'e-notification'}
                  onChange={() => setStartKind('e-notification')}
                />
                {t('deadlines.dialog.startENotification')}
              </label>
            </fieldset>
            <DateField
              label={
                startKind === 'notification' ? t('deadlines.dialog.notifiedOn') : t('deadlines.dialog.deliveredOn')
              }
              hint={startKind === 'notification' ? t('deadlines.dialog.dateHint') : t('deadlines.dialog.deliveredHint')}
              value={startDate}
              error={errors.startDate}
              onChange={setStartDate}
            />
            {startKind === 'e-notification' ? (
              <DateField
                label={t('deadlines.dialog.openedOn')}
                hint={t('deadlines.dialog.openedHint')}
                value={openedOn}
                error={errors.openedOn}
                onChange={setOpenedOn}
              />
            ) : null}
            <PreviewPanel state={preview} />
            {unsure ? (
              <div className="field">
                <label className="checkbox confirm-unsure">
                  <input
                    type="checkbox"
                    checked={confirmUnsure}
                    aria-invalid={errors.confirmUnsure ? true : undefined}
                    onChange={(event) => setConfirmUnsure(event.target.checked)}
                  />
                  {t('deadlines.dialog.confirmUnsure')}
                </label>
                {errors.confirmUnsure ? (
                  <p className="field-error" role="alert">
                    {errors.confirmUnsure}
                  </p>
                ) : null}
              </div>
            ) : null}
            <label className="checkbox">
              <input type="checkbox" checked={override} onChange={(event) => setOverride(event.target.checked)} />
              {t('deadlines.dialog.override')}
            </label>
            {override ? (
              <DateField
                label={t('deadlines.dialog.overrideDate')}
                hint={t('deadlines.dialog.dateHint')}
                value={dueOn}
                error={errors.dueOn}
                onChange={setDueOn}
              />
            ) : null}
          </>
        )}
        {showReason ? (
          <Field label={t('deadlines.dialog.reason')} hint={t('deadlines.dialog.reasonHint')} error={errors.reason}>
            {(control) => (
              <textarea
                {...control}
                className="input textarea"
                rows={3}
                maxLength={1000}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
        ) : null}
        <ErrorMessage error={formError} />
      </form>
      {prompt}
    </Dialog>
  );
}

function ManualFields(props: {
  title: string;
  dueOn: string;
  errors: Errors;
  onTitle: (value: string) => void;
  onDueOn: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="field-hint">{t('deadlines.dialog.manualIntro')}</p>
      <Field label={t('deadlines.dialog.manualTitle')} error={props.errors.title}>
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={200}
            value={props.title}
            onChange={(event) => props.onTitle(event.target.value)}
          />
        )}
      </Field>
      <DateField
        label={t('deadlines.dialog.manualDate')}
        hint={t('deadlines.dialog.dateHint')}
        value={props.dueOn}
        error={props.errors.dueOn}
        onChange={props.onDueOn}
      />
    </>
  );
}
