import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { FormDateField } from '../../components/FormDateField';
import { TextField } from '../../components/FormInputs';
import { formatDate } from '../../components/format';
import type { DeadlineDetails } from '@shared/schemas/casework';
import { deadlinePreviewSchema, type DeadlineView } from '@shared/schemas/deadline-views';
import { CaseForm } from '../casework/CaseForm';
import { deadlineEditSchema } from '../casework/recordForms';
import { useCaseForm } from '../casework/useCaseForm';
import { formatDateTime } from '../cases/format';
import { Explanation } from './Explanation';

/**
 * Correcting a deadline: its title, or its last day with the reason when it differs from the
 * computed one. The backend keeps the deadline as it was, computation included, as a revision.
 */
export function DeadlineEditForm({
  deadline,
  onCancel,
  onSaved,
}: {
  deadline: DeadlineView;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const update = useInvokeMutation('deadlines:update');
  const { bind, save } = useCaseForm({
    schema: deadlineEditSchema,
    defaults: { title: deadline.title ?? '', dueOn: deadline.dueOn, reason: deadline.overrideReason ?? '' },
    focus: 'title',
    call: ({ title, dueOn, reason }) =>
      update({
        id: deadline.id,
        version: deadline.version,
        title,
        ...(dueOn !== deadline.dueOn ? { dueOn, reason } : {}),
      }),
  });
  return (
    <CaseForm label={t('casework.edit.deadline')} save={save} onSaved={onSaved} onCancel={onCancel}>
      <TextField label={t('casework.deadlineEdit.title')} fieldClassName="span-2" {...bind.field('title')} />
      <FormDateField label={t('casework.deadlineEdit.dueOn')} {...bind.control('dueOn')} />
      <TextField label={t('casework.deadlineEdit.reason')} {...bind.field('reason')} />
    </CaseForm>
  );
}

/** The deadline as it was before each edit, oldest first, each with the computation it had. */
export function DeadlineHistory({ details }: { details: DeadlineDetails | undefined }) {
  const { t } = useTranslation();
  const revisions = details?.revisions ?? [];
  if (revisions.length === 0) return null;
  return (
    <details className="deadline-history" data-testid="deadline-history">
      <summary>{t('casework.deadlineEdit.history', { count: revisions.length })}</summary>
      <ol>
        {revisions.map((r) => {
          const computation = deadlinePreviewSchema.safeParse(r.computation);
          return (
            <li key={r.revisedAt}>
              {t('casework.deadlineEdit.revision', { at: formatDateTime(r.revisedAt), due: formatDate(r.dueOn) })}
              {r.title ? ` · ${r.title}` : ''}
              {r.computedDue && r.computedDue !== r.dueOn
                ? ` · ${t('casework.deadlineEdit.revisionComputed', { date: formatDate(r.computedDue) })}`
                : ''}
              {r.overrideReason ? ` · ${t('casework.deadlineEdit.revisionReason', { reason: r.overrideReason })}` : ''}
              {computation.success ? <Explanation preview={computation.data} /> : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
