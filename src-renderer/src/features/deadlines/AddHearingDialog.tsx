import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { ValueSelectField, ValueTextAreaField, ValueTextField, optionsOf } from '../../components/ValueFields';
import type { AppErrorShape } from '@shared/errors';
import { HEARING_KINDS } from '@shared/schemas/deadline-views';
import { DateField } from '../../components/DateField';
import { parseTimeInput } from './dates';
import { serverFieldErrors } from './serverErrors';
import { DeadlineFormDialog } from './DeadlineFormDialog';

type Kind = (typeof HEARING_KINDS)[number];
type FieldName = 'date' | 'time' | 'court' | 'hall' | 'fileNumber' | 'preparation';
type Errors = Partial<Record<FieldName, string>>;

interface Props {
  caseId: string;
  onSaved: () => void;
  onClose: () => void;
}

export function AddHearingDialog({ caseId, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const addHearing = useInvokeMutation('hearings:add');
  const [kind, setKind] = useState<Kind>('hearing');
  const [text, setText] = useState<Record<FieldName, string>>({
    date: '',
    time: '',
    court: '',
    hall: '',
    fileNumber: '',
    preparation: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = Object.values(text).some((v) => v.trim() !== '');
  const set = (field: FieldName) => (value: string) => setText((current) => ({ ...current, [field]: value }));

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    // DateField gives YYYY-MM-DD for a real date, the typed text otherwise.
    const date = /^\d{4}-\d{2}-\d{2}$/.test(text.date) ? text.date : null;
    const time = parseTimeInput(text.time);
    const found: Errors = {};
    if (!date) found.date = text.date.trim() ? t('deadlines.errors.badDate') : t('hearings.errors.dateRequired');
    if (!time) found.time = text.time.trim() ? t('hearings.errors.badTime') : t('hearings.errors.timeRequired');
    setErrors(found);
    if (!date || !time) return;
    const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
    setBusy(true);
    const result = await addHearing({
      caseId,
      kind,
      startsAt: `${date}T${time}`,
      court: optional(text.court),
      hall: optional(text.hall),
      fileNumber: optional(text.fileNumber),
      preparation: optional(text.preparation),
    });
    setBusy(false);
    if (result.ok) return onSaved();
    const { fields, unplaced } = serverFieldErrors<FieldName>(t, result.error, (path) => {
      if (path === 'startsAt') return 'date';
      if (path === 'court' || path === 'hall' || path === 'fileNumber' || path === 'preparation') return path;
      return undefined;
    });
    setErrors(fields);
    if (unplaced) setFormError(result.error);
  };

  const textField = (field: 'court' | 'hall' | 'fileNumber', maxLength: number) => (
    <ValueTextField
      label={t(`hearings.${field}`)}
      error={errors[field]}
      maxLength={maxLength}
      value={text[field]}
      onChange={set(field)}
    />
  );

  return (
    <DeadlineFormDialog
      title={t('hearings.dialogTitle')}
      testId="add-hearing-dialog"
      submitLabel={t('hearings.save')}
      busy={busy}
      dirty={dirty && !busy}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      error={formError}
      formRef={formRef}
    >
      <ValueSelectField
        label={t('hearings.kind')}
        value={kind}
        onChange={setKind}
        options={optionsOf(HEARING_KINDS, (k) => t(`hearings.kinds.${k}`))}
      />
      {textField('court', 200)}
      <div className="form-row">
        <DateField
          label={t('hearings.date')}
          hint={t('deadlines.dialog.dateHint')}
          value={text.date}
          error={errors.date}
          onChange={set('date')}
        />
        <ValueTextField
          label={t('hearings.time')}
          hint={t('hearings.timeHint')}
          error={errors.time}
          className="input input-short"
          inputMode="numeric"
          placeholder={t('hearings.timePlaceholder')}
          autoComplete="off"
          value={text.time}
          onChange={set('time')}
        />
      </div>
      <div className="form-row">
        {textField('hall', 100)}
        {textField('fileNumber', 100)}
      </div>
      <ValueTextAreaField
        label={t('hearings.preparation')}
        hint={t('hearings.preparationHint')}
        error={errors.preparation}
        className="input textarea"
        rows={3}
        maxLength={5000}
        value={text.preparation}
        onChange={set('preparation')}
      />
    </DeadlineFormDialog>
  );
}
